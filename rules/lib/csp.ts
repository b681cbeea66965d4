/**
 * Content-Security-Policy parsing for the rules (CSP Level 3): a header value may hold several
 * policies separated by commas; each policy is directives separated by semicolons. Pure; capped.
 */
import type { HttpExchange, HtmlFacts } from '../../scanner/artifacts.ts'
import { headerValues } from './headers.ts'

const MAX_POLICIES = 20
const MAX_DIRECTIVES = 100
const MAX_VALUE_CHARS = 16 * 1024

export interface CspDirective {
  name: string
  sources: string[]
}

export interface CspPolicy {
  origin: 'header' | 'meta' | 'report-only'
  /** The policy text as received (cut to 16 KB). */
  text: string
  directives: CspDirective[]
}

export function parsePolicy(text: string, origin: CspPolicy['origin']): CspPolicy {
  const directives: CspDirective[] = []
  for (const part of text.slice(0, MAX_VALUE_CHARS).split(';')) {
    const [name, ...sources] = part.trim().split(/[\t\n\f\r ]+/)
    if (!name) continue
    if (directives.length >= MAX_DIRECTIVES) break
    directives.push({ name: name.toLowerCase(), sources: sources.map((s) => s.toLowerCase()) })
  }
  return { origin, text: text.slice(0, MAX_VALUE_CHARS), directives }
}

/** Every policy a browser would see: header values split on commas, then meta tags, capped. */
export function collectPolicies(page: HttpExchange, html?: HtmlFacts): CspPolicy[] {
  const split = (values: string[], origin: CspPolicy['origin']) =>
    values
      .flatMap((v) => v.split(','))
      .filter((p) => p.trim() !== '')
      .map((p) => parsePolicy(p, origin))
  return [
    ...split(headerValues(page, 'content-security-policy'), 'header'),
    ...split(html?.meta.httpEquiv['content-security-policy'] ?? [], 'meta'),
    ...split(headerValues(page, 'content-security-policy-report-only'), 'report-only'),
  ].slice(0, MAX_POLICIES)
}

export const enforced = (policies: CspPolicy[]) =>
  policies.filter((p) => p.origin !== 'report-only')

/** Fetch directives that fall back to default-src. */
const FALLS_BACK = new Set([
  'script-src',
  'style-src',
  'img-src',
  'connect-src',
  'font-src',
  'object-src',
  'media-src',
  'frame-src',
  'child-src',
  'worker-src',
  'manifest-src',
  'script-src-elem',
  'script-src-attr',
  'style-src-elem',
  'style-src-attr',
])

/** The source list that governs `name` in one policy (first occurrence; default-src fallback). */
export function sourcesFor(policy: CspPolicy, name: string): string[] | undefined {
  const own = policy.directives.find((d) => d.name === name)
  if (own) return own.sources
  if (FALLS_BACK.has(name)) return policy.directives.find((d) => d.name === 'default-src')?.sources
  return undefined
}

export const hasNonceOrHash = (sources: string[]) =>
  sources.some((s) => /^'(nonce-|sha256-|sha384-|sha512-)/.test(s))

/** Sources that allow scripts from (nearly) anywhere. */
export const BROAD_SOURCES = new Set([
  '*',
  'http:',
  'https:',
  'ftp:',
  'data:',
  'blob:',
  'http://*',
  'https://*',
  'http://*.*',
  'https://*.*',
])

/** 'unsafe-inline' counts only when no nonce/hash (or strict-dynamic) cancels it. */
export function allowsUnsafeInline(sources: string[]): boolean {
  return (
    sources.includes("'unsafe-inline'") &&
    !hasNonceOrHash(sources) &&
    !sources.includes("'strict-dynamic'")
  )
}

export const KNOWN_DIRECTIVES = new Set([
  ...FALLS_BACK,
  'default-src',
  'base-uri',
  'form-action',
  'frame-ancestors',
  'sandbox',
  'report-uri',
  'report-to',
  'upgrade-insecure-requests',
  'block-all-mixed-content',
  'require-trusted-types-for',
  'trusted-types',
  'prefetch-src',
  'navigate-to',
  'plugin-types',
  'require-sri-for',
  'fenced-frame-src',
  'webrtc',
])
