import { defineRule } from '../define-rule.ts'
import { headerFixes } from '../lib/fixes.ts'
import { firstHeader } from '../lib/headers.ts'

export const permissionsPolicyMissing = defineRule({
  meta: {
    id: 'permissions-policy-missing',
    category: 'headers',
    title: 'Powerful browser features are restricted (Permissions-Policy)',
    failureTitle: 'Powerful browser features are not restricted (no Permissions-Policy)',
    description:
      'Permissions-Policy switches off browser features your site does not use (camera, microphone, location, payment). If a script is ever compromised, it then cannot ask visitors for them.',
    remediation:
      'Send a Permissions-Policy header that disables features you do not use, e.g. "camera=(), microphone=(), geolocation=()".',
    fixes: headerFixes(
      'Permissions-Policy',
      'camera=(), microphone=(), geolocation=(), payment=()'
    ),
    defaultSeverity: 'info',
    requiredArtifacts: ['MainResponse'],
    messages: {
      missing: 'The response has no Permissions-Policy header.',
      legacy:
        'Only the old Feature-Policy header is sent; current browsers read Permissions-Policy.',
    },
    references: [
      'https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Permissions-Policy',
      'https://www.w3.org/TR/permissions-policy/',
    ],
  },
  check({ MainResponse: page }) {
    if (firstHeader(page, 'permissions-policy') !== undefined) return []
    return [{ messageId: firstHeader(page, 'feature-policy') !== undefined ? 'legacy' : 'missing' }]
  },
})
