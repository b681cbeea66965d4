import type { HttpExchange } from '../../scanner/artifacts.ts'
import { collectPolicies, enforced, type CspPolicy } from './csp.ts'
import { headerFixes } from './fixes.ts'
import { optionalHtml } from './web.ts'

/** The enforced policies of the page (headers + meta), or why CSP rules do not apply. */
export function pagePolicies(a: { MainResponse: HttpExchange }): {
  all: CspPolicy[]
  enforced: CspPolicy[]
} {
  const all = collectPolicies(a.MainResponse, optionalHtml(a))
  return { all, enforced: enforced(all) }
}

export const policyEvidence = (policies: CspPolicy[]) =>
  policies.map((p, i) => ({ label: `CSP ${i + 1} (${p.origin})`, value: p.text.trim() }))

export const CSP_REFERENCES = [
  'https://developer.mozilla.org/en-US/docs/Web/HTTP/CSP',
  'https://www.w3.org/TR/CSP3/',
  'https://csp-evaluator.withgoogle.com/',
]

export const STARTER_CSP =
  "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'self'; form-action 'self'"

export const cspFixes = (value = STARTER_CSP) =>
  headerFixes(
    'Content-Security-Policy',
    value,
    'WordPress: a CSP plugin (e.g. "HTTP Headers") or the .htaccess line; test with Content-Security-Policy-Report-Only first. Cloudflare: Transform Rules → response header.'
  )
