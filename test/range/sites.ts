/** Named site presets shared across the project's integration tests, e2e tests and benchmark. */
import { weakDhParams } from './dh.ts'
import type { SiteSpec } from './index.ts'
import type { CertKind } from './pki.ts'

/** Mozilla "intermediate" (6.0) TLS ≤ 1.2 suites, as the reference good server uses (tls.md §7). */
export const INTERMEDIATE_CIPHERS = [
  'ECDHE-ECDSA-AES128-GCM-SHA256',
  'ECDHE-RSA-AES128-GCM-SHA256',
  'ECDHE-ECDSA-AES256-GCM-SHA384',
  'ECDHE-RSA-AES256-GCM-SHA384',
  'ECDHE-ECDSA-CHACHA20-POLY1305',
  'ECDHE-RSA-CHACHA20-POLY1305',
].join(':')

export const HSTS_TWO_YEARS = 'max-age=63072000; includeSubDomains'

export const GOOD_SECURITY_HEADERS: Record<string, string> = {
  'strict-transport-security': HSTS_TWO_YEARS,
  'content-security-policy': "default-src 'self'",
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'strict-origin-when-cross-origin',
}

const MODERN_TLS = {
  minVersion: 'TLSv1.2',
  maxVersion: 'TLSv1.3',
  ciphers: INTERMEDIATE_CIPHERS,
  ecdhCurve: 'X25519:prime256v1:secp384r1',
} as const

/** A site with a broken certificate but otherwise ordinary TLS 1.2+1.3 (tests the cert alone). */
function certSite(name: string, cert: CertKind): SiteSpec {
  return { name, tls: { ...MODERN_TLS, cert } }
}

export type PresetName =
  | 'clean'
  | 'no-hsts'
  | 'http-only'
  | 'expired'
  | 'wrong-name'
  | 'self-signed'
  | 'not-yet-valid'
  | 'incomplete-chain'
  | 'expiring-soon'
  | 'expiring-30'
  | 'sha1'
  | 'weak-key'
  | 'dual-cert'
  | 'tls13-only'
  | 'weak'
  | 'leaky'

export const PRESET_NAMES: readonly PresetName[] = [
  'clean',
  'no-hsts',
  'http-only',
  'expired',
  'wrong-name',
  'self-signed',
  'not-yet-valid',
  'incomplete-chain',
  'expiring-soon',
  'expiring-30',
  'sha1',
  'weak-key',
  'dual-cert',
  'tls13-only',
  'weak',
  'leaky',
]

/**
 * Presets by name. `weak` is a getter: its DH group takes up to a second to generate, so only a
 * test that reads it pays (once per process). Each read returns a fresh object, safe to modify.
 */
export const PRESETS: Readonly<Record<PresetName, SiteSpec>> = {
  get clean(): SiteSpec {
    return {
      name: 'clean',
      tls: { ...MODERN_TLS, cert: 'valid' },
      headers: { ...GOOD_SECURITY_HEADERS },
      httpRedirect: true,
    }
  },
  get 'no-hsts'(): SiteSpec {
    return { name: 'no-hsts', tls: { ...MODERN_TLS, cert: 'valid' }, httpRedirect: true }
  },
  get 'http-only'(): SiteSpec {
    return { name: 'http-only' }
  },
  get expired() {
    return certSite('expired', 'expired')
  },
  get 'wrong-name'() {
    return certSite('wrong-name', 'wrong-name')
  },
  get 'self-signed'() {
    return certSite('self-signed', 'self-signed')
  },
  get 'not-yet-valid'() {
    return certSite('not-yet-valid', 'not-yet-valid')
  },
  get 'incomplete-chain'() {
    return certSite('incomplete-chain', 'incomplete-chain')
  },
  get 'expiring-soon'() {
    return certSite('expiring-soon', 'expiring-soon')
  },
  get 'expiring-30'() {
    return certSite('expiring-30', 'expiring-30')
  },
  get sha1() {
    return certSite('sha1', 'sha1')
  },
  get 'weak-key'() {
    return certSite('weak-key', 'weak-key')
  },
  get 'dual-cert'(): SiteSpec {
    return {
      name: 'dual-cert',
      tls: { ...MODERN_TLS, cert: 'valid', extraCerts: ['ecdsa'] },
      headers: { 'strict-transport-security': HSTS_TWO_YEARS },
    }
  },
  get 'tls13-only'(): SiteSpec {
    return {
      name: 'tls13-only',
      tls: { cert: 'ecdsa', minVersion: 'TLSv1.3', maxVersion: 'TLSv1.3' },
      headers: { 'strict-transport-security': HSTS_TWO_YEARS },
    }
  },
  /** tls.md §7 "weak" server: TLS 1.0–1.3, every suite incl. anonymous ones, DH-1024, no HSTS. */
  get weak(): SiteSpec {
    return {
      name: 'weak',
      tls: {
        cert: 'valid',
        minVersion: 'TLSv1',
        maxVersion: 'TLSv1.3',
        ciphers: 'ALL:@SECLEVEL=0',
        honorCipherOrder: true,
        dhparam: weakDhParams(1024),
      },
    }
  },
  get leaky() {
    return leakySite()
  },
}

/**
 * Web-layer problems on top of a valid TLS site: version-revealing headers, a session cookie
 * without Secure/HttpOnly/SameSite, no CSP/HSTS, mixed content, an inline script and an old
 * jQuery. The jQuery file is a stub carrying the real 1.8.3 banner (what Retire.js's
 * `filecontent` extractor matches), not the library itself.
 */
const LEAKY_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Leaky Shop</title>
<meta name="generator" content="WordPress 4.9.8">
<script src="/js/jquery-1.8.3.min.js"></script>
<script src="http://cdn.example.com/analytics.js"></script>
<script>var token = 'inline';</script>
</head><body><h1>Leaky Shop</h1>
<form action="http://127.0.0.1/login" method="post"><input name="password" type="password"></form>
</body></html>
`

function leakySite(): SiteSpec {
  return {
    name: 'leaky',
    tls: { ...MODERN_TLS, cert: 'valid' },
    headers: { server: 'Apache/2.4.29 (Ubuntu)', 'x-powered-by': 'PHP/5.6.40' },
    routes: {
      '/': { body: LEAKY_PAGE, headers: { 'set-cookie': 'PHPSESSID=3f2a9c0d1e; path=/' } },
    },
    files: {
      '/js/jquery-1.8.3.min.js':
        '/*! jQuery v1.8.3 jquery.com | jquery.org/license */\n(function(e){e.jQuery={fn:{jquery:"1.8.3"}}})(window);\n',
    },
  }
}

/** Specs for the named presets (all of them by default), fresh objects each call. */
export function presetSites(names: readonly PresetName[] = PRESET_NAMES): SiteSpec[] {
  return names.map((name) => PRESETS[name])
}
