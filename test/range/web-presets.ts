/**
 * Web range presets (issue 4): each site plants specific header, cookie, CORS, redirect and page
 * problems. `expectFail` lists the rules that must fail on it; every other web rule must not.
 */
import type { RouteSpec } from './handler.ts'
import type { CertKind } from './pki.ts'

export interface WebSitePreset {
  name: string
  /** Absent = no HTTPS at all. */
  cert?: CertKind
  /** What the plain-HTTP side does. */
  http: 'redirect' | 'serve' | 'insecure-hop'
  headers: Record<string, string | string[]>
  routes: Record<string, RouteSpec>
  /** Echo any Origin back with Access-Control-Allow-Credentials: true. */
  reflectOrigin?: boolean
  expectFail: string[]
}

/** Expires half a year from now: RFC 9116 wants a date less than a year ahead. */
const FUTURE = new Date(Date.now() + 180 * 86_400_000).toISOString()
const page = (head: string, body = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>range</title>${head}</head><body><h1>HarbourScan web range</h1>${body}</body></html>\n`
const txt = (body: string): RouteSpec => ({ body, contentType: 'text/plain; charset=utf-8' })
const SECURITY_TXT = txt(
  `Contact: mailto:security@example.com\nExpires: ${FUTURE}\nPreferred-Languages: en, zh-Hant\n`
)
const ROBOTS = txt('User-agent: *\nDisallow:\n')
const JS: RouteSpec = { body: 'console.log(1)\n', contentType: 'text/javascript; charset=utf-8' }
const SRI = 'sha384-oqVuAfXRKap7fdgcCY5uykM6+R9GqQ8K/uxy9rx7HNQlGYl1kPzQho1wx4JwY8wC'

const STRONG: Record<string, string | string[]> = {
  'strict-transport-security': 'max-age=63072000; includeSubDomains; preload',
  'content-security-policy':
    "default-src 'none'; script-src 'self' https://cdn.example.net; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'",
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=()',
  'cross-origin-resource-policy': 'same-origin',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-embedder-policy': 'require-corp',
  server: 'nginx',
}
const CLEAN_PAGE = page(
  `<script src="/app.js"></script><script src="https://cdn.example.net/lib.js" integrity="${SRI}" crossorigin="anonymous"></script>`,
  '<form action="/login" method="post"><input type="password" name="p"></form><img src="/logo.png" alt="">'
)
const cleanRoutes = (extra: Record<string, RouteSpec> = {}): Record<string, RouteSpec> => ({
  '/': {
    body: CLEAN_PAGE,
    headers: { 'set-cookie': '__Host-session=abc123; Path=/; Secure; HttpOnly; SameSite=Lax' },
  },
  '/app.js': JS,
  '/.well-known/security.txt': SECURITY_TXT,
  '/robots.txt': ROBOTS,
  ...extra,
})

export const WEB_PRESETS: readonly WebSitePreset[] = [
  {
    name: 'web-clean',
    cert: 'valid',
    http: 'redirect',
    headers: STRONG,
    routes: cleanRoutes(),
    expectFail: [],
  },
  {
    name: 'web-weak',
    cert: 'valid',
    http: 'serve',
    headers: {
      'content-security-policy': "default-src * 'unsafe-inline' 'unsafe-eval'",
      'referrer-policy': 'unsafe-url',
      'access-control-allow-origin': '*',
      server: 'Apache/2.4.41 (Ubuntu)',
      'x-powered-by': 'PHP/7.4.3',
      'x-aspnet-version': '4.0.30319',
    },
    routes: {
      '/': {
        body: page(
          '<script src="http://cdn.example.net/x.js"></script><script src="https://cdn.example.net/y.js"></script>',
          '<img src="http://cdn.example.net/a.png" alt=""><form action="http://example.net/login" method="post"><input type="password" name="p"></form>'
        ),
        headers: { 'set-cookie': 'sessionid=abc123; Path=/' },
      },
    },
    expectFail: [
      'https-redirect-missing',
      'hsts-missing',
      'csp-unsafe-inline',
      'csp-unsafe-eval',
      'csp-broad-sources',
      'x-frame-options-missing',
      'x-content-type-options-missing',
      'referrer-policy-unsafe',
      'permissions-policy-missing',
      'cookie-secure-missing',
      'cookie-httponly-missing',
      'cookie-samesite-missing',
      'cors-wildcard',
      'sri-missing',
      'script-loaded-over-http',
      'mixed-content',
      'form-action-insecure',
      'corp-coop-coep',
      'server-version-disclosed',
      'security-txt-missing',
    ],
  },
  {
    name: 'web-http-only',
    http: 'serve',
    headers: { 'x-content-type-options': 'nosniff' },
    routes: { '/': { body: page('') } },
    expectFail: [
      'https-redirect-missing',
      'hsts-missing',
      'csp-missing',
      'x-frame-options-missing',
      'permissions-policy-missing',
      'corp-coop-coep',
      'security-txt-missing',
    ],
  },
  {
    name: 'web-report-only',
    cert: 'valid',
    http: 'redirect',
    headers: {
      ...STRONG,
      'content-security-policy': undefined as unknown as string,
      'content-security-policy-report-only': "default-src 'self'; report-uri /csp",
      'strict-transport-security': 'max-age=86400',
      'x-content-type-options': 'nosnif',
      'x-frame-options': 'SAMEORIGIN',
    },
    routes: cleanRoutes({
      '/': {
        body: page('<script src="/app.js"></script>'),
        headers: { 'set-cookie': 'pref=1; Path=/; SameSite=None' },
      },
    }),
    expectFail: [
      'csp-report-only',
      'hsts-short-max-age',
      'hsts-preload-ready',
      'x-content-type-options-missing',
      'cookie-secure-missing',
      'cookie-samesite-missing',
    ],
  },
  {
    name: 'web-csp-invalid',
    cert: 'valid',
    http: 'redirect',
    headers: {
      ...STRONG,
      'content-security-policy':
        "default-src 'self'; script-src 'self'; script-src none; frame-ancestors 'none'",
      'referrer-policy': 'origin',
    },
    routes: cleanRoutes({
      '/': {
        body: page('<meta name="referrer" content="no-referrer"><script src="/app.js"></script>'),
      },
      '/.well-known/security.txt': txt('Expires: 2020-01-01T00:00:00.000Z\nHello: there\n'),
    }),
    expectFail: ['csp-invalid', 'security-txt-invalid'],
  },
  {
    name: 'web-insecure-hop',
    cert: 'valid',
    http: 'insecure-hop',
    headers: STRONG,
    routes: cleanRoutes(),
    expectFail: ['https-redirect-insecure-hop'],
  },
  {
    name: 'web-cors-reflect',
    cert: 'valid',
    http: 'redirect',
    headers: STRONG,
    routes: cleanRoutes(),
    reflectOrigin: true,
    expectFail: ['cors-origin-reflected-with-credentials'],
  },
  {
    name: 'web-meta-csp',
    cert: 'valid',
    http: 'redirect',
    headers: {
      ...STRONG,
      'content-security-policy': undefined as unknown as string,
      'x-frame-options': undefined as unknown as string,
    },
    routes: cleanRoutes({
      '/': {
        body: page(
          `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'nonce-r4nd0m' 'strict-dynamic'; object-src 'none'; base-uri 'none'"><meta name="referrer" content="strict-origin"><script nonce="r4nd0m">console.log(1)</script>`
        ),
      },
    }),
    expectFail: ['x-frame-options-missing'],
  },
  {
    name: 'web-sri-other-port',
    cert: 'valid',
    http: 'redirect',
    headers: {
      ...STRONG,
      'content-security-policy':
        "default-src 'none'; script-src 'self' https:; style-src 'self'; img-src 'self'; frame-ancestors 'none'",
    },
    routes: cleanRoutes({
      '/': { body: page('<script src="https://127.0.0.250:8443/lib.js"></script>') },
    }),
    expectFail: ['sri-missing', 'csp-broad-sources'],
  },
  {
    name: 'web-untrusted',
    cert: 'self-signed',
    http: 'redirect',
    headers: STRONG,
    routes: cleanRoutes(),
    expectFail: [],
  },
]

/** Drops headers a preset unset with `undefined`. */
export function presetHeaders(p: WebSitePreset): Record<string, string | string[]> {
  return Object.fromEntries(Object.entries(p.headers).filter(([, v]) => v !== undefined))
}
