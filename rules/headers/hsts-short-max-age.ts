import { defineRule } from '../define-rule.ts'
import { firstHeader } from '../lib/headers.ts'
import { headerFixes } from '../lib/fixes.ts'
import { parseHsts, SIX_MONTHS } from '../lib/hsts.ts'
import { notApplicable } from '../types.ts'

export const hstsShortMaxAge = defineRule({
  meta: {
    id: 'hsts-short-max-age',
    category: 'headers',
    title: 'HSTS is remembered for at least six months',
    failureTitle: 'HSTS is remembered for less than six months',
    description:
      'Browsers forget the "HTTPS only" instruction after max-age seconds. A short value means a returning visitor is often unprotected again on their first request, which is when SSL stripping works.',
    remediation:
      'Raise max-age to at least 15552000 (six months); one or two years (31536000 or 63072000) is the usual choice once HTTPS works everywhere.',
    fixes: headerFixes('Strict-Transport-Security', 'max-age=63072000; includeSubDomains'),
    defaultSeverity: 'low',
    requiredArtifacts: ['MainResponse'],
    messages: {
      short:
        'Strict-Transport-Security max-age is {{maxAge}} seconds ({{days}} days); at least 15552000 (180 days) is recommended.',
      disabled: 'Strict-Transport-Security max-age=0 tells browsers to forget HSTS for this site.',
    },
    references: [
      'https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Strict-Transport-Security',
      'https://infosec.mozilla.org/guidelines/web_security#http-strict-transport-security',
    ],
  },
  check({ MainResponse: page }) {
    const value = page.url.startsWith('https:')
      ? firstHeader(page, 'strict-transport-security')
      : undefined
    if (value === undefined)
      return notApplicable('No HSTS header on an HTTPS page (see hsts-missing).')
    const policy = parseHsts(value)
    if (policy.maxAge === undefined || policy.problem)
      return notApplicable('The HSTS header is not valid (see hsts-missing).')
    const evidence = [{ label: 'Strict-Transport-Security', value }]
    if (policy.maxAge === 0) return [{ messageId: 'disabled', evidence, severity: 'medium' }]
    if (policy.maxAge >= SIX_MONTHS) return []
    return [
      {
        messageId: 'short',
        data: { maxAge: policy.maxAge, days: Math.floor(policy.maxAge / 86400) },
        evidence,
      },
    ]
  },
})
