import { defineRule } from '../define-rule.ts'
import { headerFixes } from '../lib/fixes.ts'
import { headerValues } from '../lib/headers.ts'
import { effectiveReferrerPolicy, metaReferrerPolicy, UNSAFE_REFERRER } from '../lib/referrer.ts'
import { optionalHtml } from '../lib/web.ts'

export const referrerPolicyUnsafe = defineRule({
  meta: {
    id: 'referrer-policy-unsafe',
    category: 'headers',
    title: 'Full page addresses are not leaked to other sites',
    failureTitle: 'Full page addresses are sent to other sites (unsafe Referrer-Policy)',
    description:
      'With an unsafe referrer policy, the full address of the page a visitor came from (which can include search terms, order numbers or reset tokens) is sent to every site you link to or load from, sometimes over plain HTTP.',
    remediation:
      'Send "Referrer-Policy: strict-origin-when-cross-origin" (or no-referrer / same-origin) and remove unsafe-url, origin-when-cross-origin and no-referrer-when-downgrade.',
    fixes: headerFixes('Referrer-Policy', 'strict-origin-when-cross-origin'),
    defaultSeverity: 'low',
    requiredArtifacts: ['MainResponse'],
    messages: {
      unsafe:
        'The effective referrer policy is "{{policy}}", which leaks page addresses to other sites.',
    },
    references: [
      'https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Referrer-Policy',
      'https://www.w3.org/TR/referrer-policy/',
    ],
  },
  check(a) {
    const header = headerValues(a.MainResponse, 'referrer-policy')
    const meta = optionalHtml(a)?.meta.referrer ?? []
    const values = [...header, ...meta]
    // A <meta> tag comes after the header and wins; it may use a legacy keyword ("always").
    const policy = effectiveReferrerPolicy([...header, ...meta.map(metaReferrerPolicy)])
    if (policy === undefined || !UNSAFE_REFERRER.includes(policy)) return []
    return [
      {
        messageId: 'unsafe',
        data: { policy },
        evidence: values.map((v) => ({ label: 'Referrer policy', value: v })),
      },
    ]
  },
})
