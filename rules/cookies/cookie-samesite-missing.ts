import { defineRule } from '../define-rule.ts'
import { COOKIE_REFERENCES, cookieEvidence, cookieFixes, pageCookies } from '../lib/cookie-rules.ts'
import { notApplicable, type Problem } from '../types.ts'

export const cookieSamesiteMissing = defineRule({
  meta: {
    id: 'cookie-samesite-missing',
    category: 'cookies',
    title: 'Cookies say when other sites may send them (SameSite)',
    failureTitle: 'Cookies lack a valid SameSite setting',
    description:
      'SameSite stops the browser from attaching your cookies to requests started by other sites, which blocks most cross-site request forgery (CSRF). Without it, behaviour depends on the browser; an invalid value or SameSite=None without Secure gets the cookie rejected or unprotected.',
    remediation:
      'Set SameSite=Lax (or Strict) on every cookie; use SameSite=None; Secure only for cookies that must work inside other sites.',
    fixes: cookieFixes('SameSite=Lax'),
    defaultSeverity: 'low',
    requiredArtifacts: ['MainResponse'],
    messages: {
      missing: 'The cookie {{name}} has no SameSite attribute.',
      invalid: 'The cookie {{name}} has SameSite="{{value}}", which is not Strict, Lax or None.',
      noneInsecure: 'The cookie {{name}} has SameSite=None without Secure; browsers reject it.',
    },
    references: COOKIE_REFERENCES,
  },
  check(a) {
    const cookies = pageCookies(a)
    if (cookies.length === 0) return notApplicable('The page sets no cookies.')
    return cookies.flatMap<Problem<'missing' | 'invalid' | 'noneInsecure'>>((c) => {
      const base = {
        data: { name: c.name, value: c.sameSite ?? '' },
        evidence: cookieEvidence(c),
        key: c.name,
      }
      if (c.sameSite === undefined) return [{ messageId: 'missing' as const, ...base }]
      if (!['lax', 'strict', 'none'].includes(c.sameSite))
        return [{ messageId: 'invalid' as const, ...base }]
      if (c.sameSite === 'none' && !c.secure)
        return [{ messageId: 'noneInsecure' as const, ...base }]
      return []
    })
  },
})
