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
    },
    references: [
      'https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/X-Frame-Options',
      'https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Content-Security-Policy/frame-ancestors',
      'https://cheatsheetseries.owasp.org/cheatsheets/Clickjacking_Defense_Cheat_Sheet.html',
    ],
  },
  check({ MainResponse: page }) {
    // frame-ancestors counts only from a header policy: browsers ignore it in <meta>.
    const viaCsp = collectPolicies(page).some(
      (p) => p.origin === 'header' && p.directives.some((d) => d.name === 'frame-ancestors')
    )
    if (viaCsp) return []
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
