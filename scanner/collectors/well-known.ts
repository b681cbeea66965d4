import { fetchText } from './fetch-text.ts'
import type { Collector } from './types.ts'
import type { WellKnownFacts } from '../artifacts.ts'

/** security.txt (RFC 9116) and robots.txt from the origin the visitor ends up on. */
export const wellKnownCollector: Collector<'WellKnown'> = {
  name: 'WellKnown',
  timeoutMs: 25_000,
  async collect(ctx) {
    const page = await ctx.get('MainResponse')
    const origin = new URL(page.url).origin
    const [securityTxt, robotsTxt] = await Promise.all([
      fetchText(ctx, `${origin}/.well-known/security.txt`),
      fetchText(ctx, `${origin}/robots.txt`),
    ])
    const facts: WellKnownFacts = { securityTxt, robotsTxt }
    if (securityTxt.status !== 200) {
      facts.legacySecurityTxt = await fetchText(ctx, `${origin}/security.txt`)
    }
    return facts
  },
}
