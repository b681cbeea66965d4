import { defineRule } from '../define-rule.ts'
import { collectPolicies } from '../lib/csp.ts'
import { headerFixes } from '../lib/fixes.ts'
import { firstHeader } from '../lib/headers.ts'

export const xFrameOptionsMissing = defineRule({
  meta: {
    id: 'x-frame-options-missing',
    category: 'headers',
    title: 'Other sites cannot show this page in a frame',
    failureTitle: 'Other sites can show this page in a hidden frame (clickjacking)',
    description:
      'If any site may embed your pages in a frame, an attacker can lay an invisible copy of your page over theirs and trick visitors into clicking buttons such as "pay" or "delete" (clickjacking).',
    remediation:
      "Send Content-Security-Policy: frame-ancestors 'self' (or 'none'), and X-Frame-Options: SAMEORIGIN for older browsers.",
    fixes: headerFixes('X-Frame-Options', 'SAMEORIGIN'),
    defaultSeverity: 'medium',
    requiredArtifacts: ['MainResponse'],
    messages: {
      missing:
        'Neither X-Frame-Options nor a Content-Security-Policy frame-ancestors directive is sent.',
      invalid: 'X-Frame-Options "{{value}}" is not DENY or SAMEORIGIN, so browsers ignore it.',
      anySite:
        'The Content-Security-Policy lets any site frame this page (frame-ancestors {{value}}), and browsers then ignore X-Frame-Options.',
    },
    references: [
      'https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/X-Frame-Options',
      'https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Content-Security-Policy/frame-ancestors',
      'https://cheatsheetseries.owasp.org/cheatsheets/Clickjacking_Defense_Cheat_Sheet.html',
    ],
  },
  check({ MainResponse: page }) {
    // frame-ancestors counts only from a header policy: browsers ignore it in <meta>. Where it is
    // sent, browsers ignore X-Frame-Options, and framing must pass every policy that has one.
    const ancestors = collectPolicies(page).flatMap((p) =>
      p.origin === 'header' ? p.directives.filter((d) => d.name === 'frame-ancestors') : []
    )
    if (ancestors.some((d) => !d.sources.some(allowsAnySite))) return []
    if (ancestors.length > 0) {
      const value = ancestors[0]!.sources.join(' ')
      return [
        {
          messageId: 'anySite',
          data: { value: value.slice(0, 200) },
          evidence: [{ label: 'frame-ancestors', value }],
        },
      ]
    }
    const value = firstHeader(page, 'x-frame-options')
    if (value === undefined) return [{ messageId: 'missing' }]
    const v = value.trim().toLowerCase()
    if (v === 'deny' || v === 'sameorigin') return []
    return [
      {
        messageId: 'invalid',
        data: { value: value.slice(0, 200) },
        evidence: [{ label: 'X-Frame-Options', value }],
      },
    ]
  },
})

/** `*`, a bare scheme (`https:`) or a wildcard host (`https://*`): any site at all. */
const allowsAnySite = (source: string) =>
  source === '*' || /^[a-z][a-z0-9+.-]*:(\/\/\*(:(\*|\d+))?\/?)?$/.test(source)
