import { DUPLICATE_KEY, mergeMetaPolicies, mergePolicies, type CspMap } from './csp-policy.ts'
import { nodeFirst, nodeValues } from './node-headers.ts'
import { outcome } from './scores.ts'
import type { ObservatoryInput, TestOutcome } from './types.ts'

const BROAD = new Set([
  'ftp:',
  'http:',
  'https:',
  '*',
  'http://*',
  'http://*.*',
  'https://*',
  'https://*.*',
])
const INLINE = new Set(["'unsafe-inline'", 'data:'])
const BROAD_OR_INLINE = new Set([...BROAD, ...INLINE])
const PASSIVE = ['img-src', 'media-src']
const NONCE_HASH = ["'sha256-", "'sha384-", "'sha512-", "'nonce-"]
const PASSING = new Set([
  'csp-implemented-with-no-unsafe',
  'csp-implemented-with-no-unsafe-default-src-none',
  'csp-implemented-with-unsafe-inline-in-style-src-only',
  'csp-implemented-with-insecure-scheme-in-passive-content-only',
])

const hasNonceOrHash = (s: Set<string>) =>
  [...s].some((src) => NONCE_HASH.some((p) => src.startsWith(p)))
const insecureScheme = (src: string) => src.startsWith('http:') || src.startsWith('ftp:')

function tryMerge(merge: (l: string[]) => CspMap, list: string[]): CspMap | null {
  try {
    return merge(list)
  } catch {
    return null
  }
}

/** Content-Security-Policy test; also returns the merged map the X-Frame-Options test reads. */
export function cspTest(input: ObservatoryInput): TestOutcome & { csp?: CspMap } {
  const header = nodeValues(input.auto, 'content-security-policy')
  const meta = input.html?.metaCsp ?? []
  const csp = tryMerge(mergePolicies, [...header, ...meta])
  if (!csp) return outcome('csp-header-invalid', false)
  const headerOnly = tryMerge(mergePolicies, header) ?? new Map()
  const metaOnly = tryMerge(mergeMetaPolicies, meta) ?? new Map()
  if (headerOnly.size + metaOnly.size === 0) {
    const reporting = nodeFirst(input.auto, 'content-security-policy-report-only')
    return outcome(
      reporting ? 'csp-not-implemented-but-reporting-enabled' : 'csp-not-implemented',
      false
    )
  }
  const get = (name: string) => csp.get(name)
  // These are the map's own sets: deleting from them changes what later checks see, as upstream.
  const scriptSrc = get('script-src') ?? get('default-src') ?? new Set(['*'])
  const styleSrc = get('style-src') ?? get('default-src') ?? new Set(['*'])
  const objectSrc = get('object-src') ?? get('default-src') ?? new Set(['*'])
  let result: string | null = null
  for (const list of [scriptSrc, styleSrc]) {
    if (hasNonceOrHash(list)) list.delete("'unsafe-inline'")
  }
  if (hasNonceOrHash(scriptSrc) && scriptSrc.has("'strict-dynamic'")) {
    for (const src of [...scriptSrc]) {
      if (
        [...BROAD].some((b) => src.startsWith(b)) ||
        src === "'self'" ||
        src === "'unsafe-inline'"
      )
        scriptSrc.delete(src)
    }
  } else if (scriptSrc.has("'strict-dynamic'")) result = 'csp-header-invalid'
  const active = [
    ...[...csp]
      .filter(([n]) => !PASSIVE.includes(n) && n !== 'script-src')
      .flatMap(([, s]) => [...s]),
    ...scriptSrc,
  ]
  const passive = PASSIVE.flatMap((n) => [...(get(n) ?? get('default-src') ?? [])])
  const https = input.sessionUrl.startsWith('https:')
  const first = (r: string) => (result ??= r)
  if (
    [...scriptSrc].some((s) => BROAD_OR_INLINE.has(s)) ||
    [...objectSrc].some((s) => BROAD.has(s))
  )
    first('csp-implemented-with-unsafe-inline')
  if (https && active.some(insecureScheme)) first('csp-implemented-with-insecure-scheme')
  if (scriptSrc.has("'unsafe-eval'") || styleSrc.has("'unsafe-eval'"))
    first('csp-implemented-with-unsafe-eval')
  if (https && passive.some(insecureScheme))
    first('csp-implemented-with-insecure-scheme-in-passive-content-only')
  if ([...styleSrc].some((s) => BROAD_OR_INLINE.has(s)))
    first('csp-implemented-with-unsafe-inline-in-style-src-only')
  const def = get('default-src')
  if (def?.has("'none'") && def.size === 1) first('csp-implemented-with-no-unsafe-default-src-none')
  else first('csp-implemented-with-no-unsafe')
  const pass = PASSING.has(result as string)
  if (pass && csp.has(DUPLICATE_KEY)) result = 'csp-implemented-but-duplicate-directives'
  const data = Object.fromEntries(
    [...csp].filter(([n]) => n !== DUPLICATE_KEY).map(([n, s]) => [n, [...s].sort()])
  )
  return { ...outcome(result as string, pass, data), csp }
}
