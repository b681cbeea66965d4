import { parse } from 'tldts'
import { nodeFirst } from './node-headers.ts'
import { outcome } from './scores.ts'
import type { ObsOptions, ObservatoryInput, TestOutcome } from './types.ts'

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml'])
/** Worst last. */
const ORDER = [
  'sri-implemented-and-all-scripts-loaded-securely',
  'sri-implemented-and-external-scripts-loaded-securely',
  'sri-implemented-but-external-scripts-not-loaded-securely',
  'sri-not-implemented-but-external-scripts-loaded-securely',
  'sri-not-implemented-and-external-scripts-not-loaded-securely',
  'sri-not-implemented-response-not-html',
]
const PASSING = new Set([
  'sri-implemented-and-all-scripts-loaded-securely',
  'sri-implemented-and-external-scripts-loaded-securely',
  'sri-not-implemented-response-not-html',
  'sri-not-implemented-but-all-scripts-loaded-from-secure-origin',
  'sri-not-implemented-but-no-scripts-loaded',
])

function originOf(url: string): string | null {
  try {
    return new URL(url).origin
  } catch {
    return null
  }
}

/** Subresource Integrity of <script src> on the page. */
export function sriTest(input: ObservatoryInput, mode: ObsOptions['sriSameOrigin']): TestOutcome {
  const mime = (nodeFirst(input.auto, 'content-type') ?? '').split(';')[0] ?? ''
  if (!HTML_TYPES.has(mime)) return outcome('sri-not-implemented-response-not-html', true)
  const html = input.html
  if (!html) return outcome('html-not-parseable', false)
  let result: string | null = null
  const worse = (r: string) => {
    if (result === null || ORDER.indexOf(r) > ORDER.indexOf(result)) result = r
  }
  const pageHttps = input.sessionUrl.startsWith('https:')
  let foreign = false
  const data: Record<string, string | null> = {}
  for (const { src, integrity } of html.scriptSrcs) {
    const protocolRelative = /^\/\/[^/]/.test(src)
    const absolute = /^https?:\/\//i.test(src)
    const relative = !protocolRelative && !absolute
    let sameSite = protocolRelative || relative
    if (absolute) {
      sameSite =
        mode === 'etld1'
          ? parse(src).domain === parse(input.hostname).domain
          : originOf(src) === originOf(input.auto.url)
    }
    const secureOrigin = relative || (sameSite && !protocolRelative)
    if (!secureOrigin) foreign = true
    const secureScheme = (absolute && /^https:/i.test(src)) || (relative && pageHttps)
    if (!secureOrigin) {
      data[src.slice(0, 300)] = integrity ?? null
      if (integrity && !secureScheme)
        worse('sri-implemented-but-external-scripts-not-loaded-securely')
      else if (!integrity && secureScheme)
        worse('sri-not-implemented-but-external-scripts-loaded-securely')
      else if (!integrity) worse('sri-not-implemented-and-external-scripts-not-loaded-securely')
    } else if (integrity && secureScheme && result === null) {
      result = 'sri-implemented-and-all-scripts-loaded-securely'
    }
  }
  if (html.scriptCount === 0) result = 'sri-not-implemented-but-no-scripts-loaded'
  else
    result ??= foreign
      ? 'sri-implemented-and-external-scripts-loaded-securely'
      : 'sri-not-implemented-but-all-scripts-loaded-from-secure-origin'
  return outcome(result, PASSING.has(result), data)
}
