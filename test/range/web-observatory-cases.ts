/**
 * Extra web sites for the Observatory comparison only: one variation each on CSP, cookies,
 * framing, referrer, HSTS, CORP and SRI, to check our per-test results against the real
 * Observatory 1.4.8 beyond the rule presets. Not used by the rule integration test.
 */
import type { RouteSpec } from './handler.ts'
import type { WebSitePreset } from './web-presets.ts'

const page = (head = '', body = '') =>
  `<!doctype html><html><head><meta charset="utf-8"><title>case</title>${head}</head><body>${body}</body></html>\n`

function obsCase(
  name: string,
  headers: Record<string, string | string[]>,
  root: Partial<RouteSpec> = {},
  extra: Partial<WebSitePreset> = {}
): WebSitePreset {
  return {
    name,
    cert: 'valid',
    http: 'redirect',
    headers,
    routes: { '/': { body: page(), ...root } },
    expectFail: [],
    ...extra,
  }
}

const HSTS = { 'strict-transport-security': 'max-age=31536000' }

export const OBSERVATORY_CASES: readonly WebSitePreset[] = [
  obsCase('obs-csp-two-headers', {
    ...HSTS,
    'content-security-policy': [
      "default-src 'self' https://a.example; script-src 'self'",
      "default-src 'self'",
    ],
  }),
  obsCase('obs-csp-strict-dynamic', {
    'content-security-policy':
      "script-src 'nonce-abc' 'strict-dynamic' https: 'unsafe-inline'; object-src 'none'",
  }),
  obsCase('obs-csp-sd-no-nonce', {
    'content-security-policy': "default-src 'self'; script-src 'strict-dynamic'",
  }),
  obsCase('obs-csp-dup-report', {
    ...HSTS,
    'content-security-policy': "default-src 'none'; report-uri /a; report-uri /b",
  }),
  obsCase('obs-csp-passive-http', {
    ...HSTS,
    'content-security-policy': "default-src 'self'; img-src http:",
  }),
  obsCase('obs-csp-active-http', {
    'content-security-policy': "default-src 'self'; script-src http://cdn.example.net",
  }),
  obsCase('obs-csp-style-inline', {
    ...HSTS,
    'content-security-policy': "default-src 'self'; style-src 'self' 'unsafe-inline'",
  }),
  obsCase(
    'obs-csp-meta-and-header',
    { ...HSTS, 'content-security-policy': "default-src 'self'" },
    {
      body: page(
        `<meta http-equiv="Content-Security-Policy" content="script-src 'none'; frame-ancestors 'none'">`
      ),
    }
  ),
  obsCase('obs-xfo-double', {
    ...HSTS,
    'x-frame-options': ['DENY', 'DENY'],
    'x-content-type-options': 'nosniff',
  }),
  obsCase('obs-xfo-allow-from', {
    'x-frame-options': 'ALLOW-FROM https://a.example',
    'referrer-policy': 'no-referrer, unsafe-url',
  }),
  obsCase('obs-referrer-invalid', {
    ...HSTS,
    'referrer-policy': 'bogus',
    'cross-origin-resource-policy': 'cross-origin',
  }),
  obsCase('obs-hsts-short', {
    'strict-transport-security': 'max-age=300',
    'cross-origin-resource-policy': 'same-site',
  }),
  obsCase('obs-hsts-no-max-age', {
    'strict-transport-security': 'includeSubDomains',
    'cross-origin-resource-policy': 'nope',
  }),
  obsCase('obs-hsts-twice', {
    'strict-transport-security': ['max-age=31536000', 'max-age=31536000'],
  }),
  obsCase(
    'obs-cookie-csrf',
    { ...HSTS },
    {
      headers: { 'set-cookie': ['csrftoken=1; Secure; HttpOnly', 'theme=1; Secure; SameSite=Lax'] },
    }
  ),
  obsCase(
    'obs-cookie-login',
    { ...HSTS },
    { headers: { 'set-cookie': 'loginid=1; Secure; SameSite=Strict' } }
  ),
  obsCase(
    'obs-cookie-bad-samesite',
    { ...HSTS },
    { headers: { 'set-cookie': 'a=1; Secure; SameSite=bogus' } }
  ),
  obsCase(
    'obs-cookie-session-hsts',
    { ...HSTS },
    { headers: { 'set-cookie': 'sessid=1; HttpOnly; SameSite=Lax' } }
  ),
  obsCase('obs-cookie-plain-no-hsts', {}, { headers: { 'set-cookie': 'a=1; SameSite=Lax' } }),
  obsCase(
    'obs-cookie-all-good',
    { ...HSTS },
    {
      headers: {
        'set-cookie': ['s=1; Secure; HttpOnly; SameSite=Lax', 'heroku-session-affinity=x'],
      },
    }
  ),
  obsCase(
    'obs-sri-protocol-relative',
    { ...HSTS },
    { body: page('<script src="//cdn.example.net/x.js"></script>') }
  ),
  obsCase(
    'obs-sri-http-with-integrity',
    { ...HSTS },
    { body: page('<script src="http://cdn.example.net/x.js" integrity="sha384-abc"></script>') }
  ),
  obsCase(
    'obs-sri-same-origin-integrity',
    { ...HSTS },
    {
      body: page(
        '<script src="/a.js" integrity="sha384-abc"></script><script src="https://cdn.example.net/b.js" integrity="sha384-def"></script>'
      ),
    }
  ),
  obsCase('obs-not-html', { ...HSTS }, { body: '{"ok":true}', contentType: 'application/json' }),
  obsCase('obs-status-500', { ...HSTS }, { status: 500 }),
  {
    name: 'obs-http-only-cookie',
    http: 'serve',
    headers: {},
    routes: { '/': { body: page(), headers: { 'set-cookie': 'sessionid=1' } } },
    expectFail: [],
  },
]
