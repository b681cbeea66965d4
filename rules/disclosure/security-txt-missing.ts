import { defineRule } from '../define-rule.ts'
import { SECURITY_TXT_EXAMPLE, SECURITY_TXT_REFERENCES } from '../lib/security-txt.ts'
import { notApplicable } from '../types.ts'

export const securityTxtMissing = defineRule({
  meta: {
    id: 'security-txt-missing',
    category: 'disclosure',
    title: 'The site says how to report security problems (security.txt)',
    failureTitle: 'The site does not say how to report security problems (no security.txt)',
    description:
      'A /.well-known/security.txt file tells researchers and CERTs (e.g. HKCERT) whom to contact when they find a problem on your site. Without it, warnings often go to a general mailbox or nowhere.',
    remediation:
      'Publish /.well-known/security.txt (plain text, over HTTPS) with at least a Contact and an Expires line.',
    fixes: [
      { platform: 'File', snippet: SECURITY_TXT_EXAMPLE },
      {
        platform: 'nginx',
        snippet:
          'location = /.well-known/security.txt { alias /etc/nginx/security.txt; default_type text/plain; }',
      },
      { platform: 'Apache', snippet: 'Alias /.well-known/security.txt /var/www/security.txt' },
      {
        platform: 'IIS',
        snippet:
          'Create the folder .well-known in the site root, add security.txt, and a MIME map for ".txt" → text/plain if missing.',
      },
      {
        platform: 'WordPress / hosted',
        snippet:
          'Upload security.txt to /.well-known/ with the host file manager, or use a security.txt plugin.',
      },
    ],
    defaultSeverity: 'low',
    requiredArtifacts: ['WellKnown'],
    messages: { missing: '{{url}} answered {{status}}; no security.txt was found.' },
    references: SECURITY_TXT_REFERENCES,
  },
  check({ WellKnown: wk }) {
    if (wk.securityTxt.status === 200 || wk.legacySecurityTxt?.status === 200) return []
    if (wk.securityTxt.error)
      return notApplicable(`security.txt could not be fetched (${wk.securityTxt.error}).`)
    return [
      { messageId: 'missing', data: { url: wk.securityTxt.url, status: wk.securityTxt.status } },
    ]
  },
})
