import { defineRule } from '../define-rule.ts'
import { headerValues } from '../lib/headers.ts'
import { headerFixes } from '../lib/fixes.ts'
import { parseHsts } from '../lib/hsts.ts'

/** HSTS tells browsers to use HTTPS for this site from now on, even if a link says http://. */
export const hstsMissing = defineRule({
  meta: {
    id: 'hsts-missing',
    category: 'headers',
    title: 'Browsers are told to always use HTTPS (HSTS)',
    failureTitle: 'Browsers are not told to always use HTTPS (HSTS missing)',
    description:
      'Without the Strict-Transport-Security header, an attacker on the same network can quietly keep a visitor on plain HTTP (an "SSL stripping" attack) and read or change what they send.',
    remediation:
      'Send "Strict-Transport-Security: max-age=63072000; includeSubDomains" on every HTTPS response. Start with a shorter max-age (e.g. one day) if you are unsure every sub-domain supports HTTPS, then raise it.',
    fixes: headerFixes(
      'Strict-Transport-Security',
      'max-age=63072000; includeSubDomains',
      'Cloudflare: SSL/TLS → Edge Certificates → HTTP Strict Transport Security (HSTS) → Enable. cPanel: the .htaccess line above.'
    ),
    defaultSeverity: 'medium',
    requiredArtifacts: ['MainResponse'],
    messages: {
      missing: 'The HTTPS response from {{url}} has no Strict-Transport-Security header.',
      noHttps: 'The site is served over plain HTTP ({{url}}), so HSTS cannot protect it.',
      noMaxAge: 'The Strict-Transport-Security header is not usable because {{why}}: "{{value}}".',
    },
    references: [
      'https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Strict-Transport-Security',
      'https://www.rfc-editor.org/rfc/rfc6797',
    ],
    checklist: ['WEB-01'],
  },
  check({ MainResponse: response }) {
    if (!response.url.startsWith('https://')) {
      return [{ messageId: 'noHttps', data: { url: response.url }, severity: 'high' }]
    }
    // Browsers honour only the first header; a comma means it was sent twice (invalid).
    const value = headerValues(response, 'strict-transport-security')[0]
    if (value === undefined) return [{ messageId: 'missing', data: { url: response.url } }]
    const policy = parseHsts(value)
    if (policy.problem) {
      return [
        {
          messageId: 'noMaxAge',
          data: { value: policy.raw, why: policy.problem },
          evidence: [{ label: 'Strict-Transport-Security', value }],
        },
      ]
    }
    return []
  },
})
