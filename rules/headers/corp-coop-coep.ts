import { defineRule } from '../define-rule.ts'
import { headerFixes } from '../lib/fixes.ts'
import { headerValues } from '../lib/headers.ts'
import type { Problem } from '../types.ts'

const HEADERS: { name: string; valid: string[] }[] = [
  { name: 'cross-origin-resource-policy', valid: ['same-origin', 'same-site', 'cross-origin'] },
  {
    name: 'cross-origin-opener-policy',
    valid: ['same-origin', 'same-origin-allow-popups', 'noopener-allow-popups', 'unsafe-none'],
  },
  {
    name: 'cross-origin-embedder-policy',
    valid: ['require-corp', 'credentialless', 'unsafe-none'],
  },
]

/** Informational: the cross-origin isolation headers, each missing or invalid one listed. */
export const corpCoopCoep = defineRule({
  meta: {
    id: 'corp-coop-coep',
    category: 'headers',
    title: 'Cross-origin isolation headers are set (CORP, COOP, COEP)',
    failureTitle: 'Cross-origin isolation headers are missing or invalid',
    description:
      'Cross-Origin-Resource-Policy, -Opener-Policy and -Embedder-Policy keep other sites from reading your pages through side channels (such as Spectre) and from controlling windows you open.',
    remediation:
      'Send "Cross-Origin-Resource-Policy: same-origin" and "Cross-Origin-Opener-Policy: same-origin"; add "Cross-Origin-Embedder-Policy: require-corp" once every embedded resource allows it.',
    fixes: headerFixes('Cross-Origin-Opener-Policy', 'same-origin'),
    defaultSeverity: 'info',
    requiredArtifacts: ['MainResponse'],
    messages: {
      missing: 'The response has no {{header}} header.',
      invalid: 'The {{header}} header "{{value}}" is not a valid value, so browsers ignore it.',
    },
    references: [
      'https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Cross-Origin-Resource-Policy',
      'https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Cross-Origin-Opener-Policy',
      'https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Cross-Origin-Embedder-Policy',
    ],
  },
  check({ MainResponse: page }) {
    return HEADERS.flatMap<Problem<'missing' | 'invalid'>>(({ name, valid }) => {
      const values = headerValues(page, name)
      if (values.length === 0)
        return [{ messageId: 'missing' as const, data: { header: name }, key: `missing:${name}` }]
      const value = values.join(', ')
      // A structured-field token: parameters (";report-to=…") are allowed, anything else is not.
      const token = (value.split(';')[0] ?? '').trim()
      if (values.length === 1 && valid.includes(token)) return []
      return [
        {
          messageId: 'invalid' as const,
          data: { header: name, value: value.slice(0, 100) },
          key: `invalid:${name}`,
        },
      ]
    })
  },
})
