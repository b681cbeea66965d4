import type { CollectorContext } from './types.ts'

export interface Origin {
  host: string
  port: number
}

/**
 * The HTTPS origin a scan tests: the target itself when it is https://; otherwise where the
 * plain-HTTP chain lands on https://, or port 443 of the same host when the target used port 80.
 * null = this target has no HTTPS to test.
 */
export async function httpsOrigin(ctx: CollectorContext): Promise<Origin | null> {
  const { target } = ctx
  if (target.scheme === 'https') return { host: target.host, port: target.port }
  const chain = await ctx.get('RedirectChain')
  const https =
    chain.hops.map((h) => new URL(h.url)).find((u) => u.protocol === 'https:') ??
    (chain.finalUrl.startsWith('https:') ? new URL(chain.finalUrl) : undefined)
  if (https)
    return {
      host: https.hostname.replace(/^\[|\]$/g, ''),
      port: https.port === '' ? 443 : Number(https.port),
    }
  return target.port === 80 ? { host: target.host, port: 443 } : null
}
