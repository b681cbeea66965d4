import type { HttpExchange, RedirectChainFacts } from '../../scanner/artifacts.ts'
import type { FixSnippet } from '../types.ts'
import { cookiesOf, type SetCookie } from './set-cookie.ts'

export const COOKIE_REFERENCES = [
  'https://developer.mozilla.org/en-US/docs/Web/HTTP/Cookies',
  'https://owasp.org/www-community/controls/SecureCookieAttribute',
  'https://datatracker.ietf.org/doc/draft-ietf-httpbis-rfc6265bis/',
]

/**
 * Cookies the visitor's browser ends up holding: every Set-Cookie on the redirect hops (read when
 * the chain was collected; a cookie set on a plain-HTTP hop travelled unencrypted) and on the page,
 * the last one per name, domain and path winning as in a cookie jar, deletions removing.
 */
export function pageCookies(a: { MainResponse: HttpExchange }): SetCookie[] {
  const chain = (a as { RedirectChain?: RedirectChainFacts }).RedirectChain
  const hops = chain ? chain.hops.filter((h) => h.url !== a.MainResponse.url) : []
  return cookiesOf([...hops, a.MainResponse].flatMap((h) => h.headers))
}

export const cookieEvidence = (c: SetCookie) => [
  {
    label: `Cookie ${c.name}`,
    value:
      [c.secure && 'Secure', c.httpOnly && 'HttpOnly', c.sameSite && `SameSite=${c.sameSite}`]
        .filter(Boolean)
        .join('; ') || '(no attributes)',
  },
]

export function cookieFixes(flags: string): FixSnippet[] {
  return [
    {
      platform: 'nginx',
      snippet: `proxy_cookie_flags ~ ${flags.toLowerCase()};   # nginx ≥ 1.19.3`,
    },
    {
      platform: 'Apache',
      snippet: `Header always edit Set-Cookie ^(.*)$ "$1; ${flags.split(' ').join('; ')}"`,
    },
    {
      platform: 'IIS / ASP.NET',
      snippet:
        '<system.web><httpCookies requireSSL="true" httpOnlyCookies="true" sameSite="Lax" /></system.web>',
    },
    {
      platform: 'PHP',
      snippet:
        'session.cookie_secure = 1\nsession.cookie_httponly = 1\nsession.cookie_samesite = "Lax"',
    },
    {
      platform: 'WordPress',
      snippet:
        'Serve the whole site over HTTPS (WordPress then marks login cookies Secure); set FORCE_SSL_ADMIN to true in wp-config.php.',
    },
  ]
}
