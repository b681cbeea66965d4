import { HarbourScanError } from '../errors.ts'
import { followRedirects } from './follow-redirects.ts'
import type { Collector } from './types.ts'

/** The page a visitor ends up on: the final response of the target's own chain. */
export const mainResponseCollector: Collector<'MainResponse'> = {
  name: 'MainResponse',
  timeoutMs: 25_000,
  async collect(ctx) {
    const chain =
      ctx.target.scheme === 'http'
        ? await ctx.get('RedirectChain')
        : await followRedirects(ctx, ctx.target.url)
    const last = chain.hops.at(-1)
    if (!last || chain.stoppedBecause) {
      throw new HarbourScanError(
        'E_NO_FINAL_RESPONSE',
        `No final page: ${chain.stopDetail ?? 'no response'}`
      )
    }
    return last
  },
}
