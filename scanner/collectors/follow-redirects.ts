import type { HttpExchange, RedirectChainFacts } from '../artifacts.ts'
import { BlockedDestinationError, toCollectorError } from '../errors.ts'
import type { CollectorContext } from './types.ts'

export const MAX_HOPS = 10
const REDIRECTS = new Set([301, 302, 303, 307, 308])

/**
 * Follows redirects by hand so every hop is recorded and every hop's address goes through the
 * guard again. One deadline for the whole chain; loops and non-http(s) Locations stop it.
 */
export async function followRedirects(
  ctx: CollectorContext,
  startUrl: string,
  deadlineMs = 20_000
): Promise<RedirectChainFacts> {
  const deadline = AbortSignal.any([ctx.signal, AbortSignal.timeout(deadlineMs)])
  const hops: HttpExchange[] = []
  const seen = new Set<string>()
  let url = startUrl
  const stop = (
    stoppedBecause: NonNullable<RedirectChainFacts['stoppedBecause']>,
    stopDetail: string
  ): RedirectChainFacts => ({
    startUrl,
    hops,
    finalUrl: url,
    stoppedBecause,
    stopDetail,
  })
  for (let hop = 0; hop <= MAX_HOPS; hop++) {
    seen.add(url)
    let exchange: HttpExchange
    try {
      exchange = await ctx.http.fetch(url, { signal: deadline })
    } catch (error) {
      // The first request failing means the site itself is unreachable: that is the collector's error.
      if (hops.length === 0) throw error
      const reason = toCollectorError(error)
      return stop(
        error instanceof BlockedDestinationError ? 'refused-destination' : 'error',
        `${url}: ${reason.message}`
      )
    }
    hops.push(exchange)
    const location = exchange.headers.find(([name]) => name === 'location')?.[1]
    if (!REDIRECTS.has(exchange.status) || location === undefined)
      return { startUrl, hops, finalUrl: url }
    let next: URL
    try {
      next = new URL(location, url)
    } catch {
      return stop('invalid-location', `Location is not a URL: ${location.slice(0, 200)}`)
    }
    if (next.protocol !== 'http:' && next.protocol !== 'https:') {
      return stop('invalid-location', `Redirect to a ${next.protocol} URL was refused`)
    }
    next.hash = ''
    if (seen.has(next.href)) {
      url = next.href
      return stop('loop', `Redirect loop back to ${next.href}`)
    }
    url = next.href
  }
  return stop('max-hops', `More than ${MAX_HOPS} redirects`)
}
