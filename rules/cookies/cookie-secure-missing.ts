import { defineRule } from '../define-rule.ts'
import { COOKIE_REFERENCES, cookieEvidence, cookieFixes, pageCookies } from '../lib/cookie-rules.ts'
import { isSessionLike } from '../lib/set-cookie.ts'
import { notApplicable } from '../types.ts'

export const cookieSecureMissing = defineRule({
  meta: {
    id: 'cookie-secure-missing',
    category: 'cookies',
    title: 'Cookies are only sent over HTTPS (Secure)',
    failureTitle: 'Cookies can be sent over plain HTTP (Secure flag missing)',
    description:
      'A cookie without the Secure flag is also sent over plain HTTP, where anyone on the same Wi-Fi can copy it. For a login cookie that means taking over the account.',
    remediation: 'Add the Secure attribute to every cookie, and serve the whole site over HTTPS.',
    fixes: cookieFixes('Secure'),
    defaultSeverity: 'medium',
    requiredArtifacts: ['MainResponse'],
    messages: {
      notSecure: 'The cookie {{name}} is set without the Secure flag.',
      overHttp:
        'The cookie {{name}} is set by a plain-HTTP page, so it always travels unencrypted.',
    },
    references: COOKIE_REFERENCES,
  },
  check(a) {
    const page = a.MainResponse
    const cookies = pageCookies(a)
    if (cookies.length === 0) return notApplicable('The page sets no cookies.')
    const https = page.url.startsWith('https:')
    return cookies
      .filter((c) => !c.secure)
      .map((c) => ({
        messageId: https ? ('notSecure' as const) : ('overHttp' as const),
        data: { name: c.name },
        severity: isSessionLike(c.name) ? ('high' as const) : ('medium' as const),
        evidence: cookieEvidence(c),
        key: c.name,
      }))
  },
})
