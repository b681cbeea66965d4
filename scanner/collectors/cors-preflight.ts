import type { Collector } from './types.ts'

/** A foreign origin we send; a server that echoes it back trusts everyone. */
export const CORS_TEST_ORIGIN = 'https://cors-check.harbourscan.invalid'

/**
 * OPTIONS to the final page with a foreign Origin, as a browser's preflight. Unlike the
 * Observatory we judge the echo against the Origin we actually sent (headers.md §5).
 */
export const corsPreflightCollector: Collector<'CorsPreflight'> = {
  name: 'CorsPreflight',
  timeoutMs: 15_000,
  async collect(ctx) {
    const page = await ctx.get('MainResponse')
    const exchange = await ctx.http.fetch(page.url, {
      method: 'OPTIONS',
      signal: ctx.signal,
      deadlineMs: 10_000,
      headers: { origin: CORS_TEST_ORIGIN, 'access-control-request-method': 'GET' },
    })
    delete exchange.body // only the headers matter; do not store a second copy of the page
    return { origin: CORS_TEST_ORIGIN, exchange }
  },
}
