import { defineRule } from '../define-rule.ts'
import { headerFixes } from '../lib/fixes.ts'
import { firstHeader } from '../lib/headers.ts'

export const xContentTypeOptionsMissing = defineRule({
  meta: {
    id: 'x-content-type-options-missing',
    category: 'headers',
    title: 'Browsers are told not to guess file types',
    failureTitle: 'Browsers may guess file types (X-Content-Type-Options missing)',
    description:
      'Without "X-Content-Type-Options: nosniff" a browser may treat an uploaded picture or text file as a script or web page if it looks like one, which attackers use to run code on your site.',
    remediation:
      'Send "X-Content-Type-Options: nosniff" on every response, and serve files with their correct Content-Type.',
    fixes: headerFixes('X-Content-Type-Options', 'nosniff'),
    defaultSeverity: 'low',
    requiredArtifacts: ['MainResponse'],
    messages: {
      missing: 'The response has no X-Content-Type-Options header.',
      invalid: 'X-Content-Type-Options is "{{value}}"; only "nosniff" has an effect.',
    },
    references: [
      'https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/X-Content-Type-Options',
    ],
  },
  check({ MainResponse: page }) {
    const value = firstHeader(page, 'x-content-type-options')
    if (value === undefined) return [{ messageId: 'missing' }]
    if (value.trim().toLowerCase() === 'nosniff') return []
    return [
      {
        messageId: 'invalid',
        data: { value: value.slice(0, 100) },
        evidence: [{ label: 'X-Content-Type-Options', value }],
      },
    ]
  },
})
