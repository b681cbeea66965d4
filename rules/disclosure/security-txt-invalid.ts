import { defineRule } from '../define-rule.ts'
import {
  parseSecurityTxt,
  SECURITY_TXT_EXAMPLE,
  SECURITY_TXT_REFERENCES,
} from '../lib/security-txt.ts'
import type { Problem } from '../types.ts'
import { notApplicable } from '../types.ts'

type M =
  | 'noContact'
  | 'noExpires'
  | 'expired'
  | 'badExpires'
  | 'tooFar'
  | 'notText'
  | 'notHttps'
  | 'legacyOnly'
const YEAR_MS = 366 * 24 * 3600 * 1000

export const securityTxtInvalid = defineRule({
  meta: {
    id: 'security-txt-invalid',
    category: 'disclosure',
    title: 'The security.txt file follows RFC 9116',
    failureTitle: 'The security.txt file is incomplete or out of date',
    description:
      'A security.txt without a Contact, with a past Expires date or served the wrong way is ignored by the tools researchers use, so reports about your site may not reach you.',
    remediation:
      'Serve /.well-known/security.txt over HTTPS as text/plain with a Contact line and an Expires date less than a year ahead; renew the date every year.',
    fixes: [
      { platform: 'File', snippet: SECURITY_TXT_EXAMPLE },
      {
        platform: 'nginx',
        snippet: 'location = /.well-known/security.txt { default_type text/plain; }',
      },
      { platform: 'Apache', snippet: '<Files "security.txt">\n  ForceType text/plain\n</Files>' },
      {
        platform: 'IIS',
        snippet:
          '<staticContent><remove fileExtension=".txt" /><mimeMap fileExtension=".txt" mimeType="text/plain" /></staticContent>',
      },
    ],
    defaultSeverity: 'low',
    requiredArtifacts: ['WellKnown'],
    messages: {
      noContact: 'The security.txt file has no Contact field.',
      noExpires: 'The security.txt file has no Expires field (required since RFC 9116).',
      expired: 'The security.txt file expired on {{date}}.',
      badExpires: 'The security.txt Expires field "{{value}}" is not a date.',
      tooFar:
        'The security.txt Expires date {{date}} is more than a year ahead (RFC 9116 recommends less).',
      notText: 'The security.txt file is served as "{{type}}" instead of text/plain.',
      notHttps: 'The security.txt file is served over plain HTTP ({{url}}).',
      legacyOnly:
        'The security.txt file is only at /security.txt; RFC 9116 puts it at /.well-known/security.txt.',
    },
    references: SECURITY_TXT_REFERENCES,
  },
  check({ WellKnown: wk }, { now }) {
    const file =
      wk.securityTxt.status === 200
        ? wk.securityTxt
        : wk.legacySecurityTxt?.status === 200
          ? wk.legacySecurityTxt
          : undefined
    if (!file) return notApplicable('No security.txt (see security-txt-missing).')
    const problems: Problem<M>[] = []
    const add = (messageId: M, data: Record<string, string> = {}) =>
      problems.push({ messageId, data })
    if (file !== wk.securityTxt) add('legacyOnly')
    if (!file.url.startsWith('https:')) add('notHttps', { url: file.url })
    const type = (file.contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? ''
    if (type !== 'text/plain') add('notText', { type: type || 'none' })
    const { fields } = parseSecurityTxt(file.body ?? '')
    if (!fields.some((f) => f.name === 'contact')) add('noContact')
    const expires = fields.find((f) => f.name === 'expires')
    if (!expires) add('noExpires')
    else {
      const t = Date.parse(expires.value)
      if (Number.isNaN(t)) add('badExpires', { value: expires.value.slice(0, 60) })
      else if (t < now.getTime()) add('expired', { date: new Date(t).toISOString().slice(0, 10) })
      else if (t - now.getTime() > YEAR_MS)
        add('tooFar', { date: new Date(t).toISOString().slice(0, 10) })
    }
    return problems
  },
})
