import { originOf } from '../target.ts'
import { followRedirects } from './follow-redirects.ts'
import { Skip, type Collector } from './types.ts'

/** The plain-HTTP chain: what a visitor who types http:// (or no scheme) gets. */
export const redirectChainCollector: Collector<'RedirectChain'> = {
  name: 'RedirectChain',
  timeoutMs: 25_000,
  async collect(ctx) {
    const { target } = ctx
    if (target.scheme === 'http') return followRedirects(ctx, target.url)
    if (target.explicitPort && target.port !== 443) {
      return new Skip(
        `HTTPS runs on port ${target.port}, so the matching plain-HTTP port is unknown; scan the http:// address to check its redirect`
      )
    }
    return followRedirects(ctx, `${originOf('http', target.host, 80)}${target.path}`)
  },
}
