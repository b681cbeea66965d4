import type { CollectedArtifacts, HttpExchange } from '../../../scanner/artifacts.ts'
import { certificateMatchesHost } from '../../lib/hostname.ts'
import type { ObsResponse, ObservatoryInput } from './types.ts'

const toResponse = (e: HttpExchange): ObsResponse => ({
  url: e.url,
  status: e.status,
  headers: e.headers,
})

/** The HTTPS certificate as a browser would judge it: a trusted chain, valid for the host. */
function httpsVerified(collected: CollectedArtifacts): boolean {
  const hs = collected.values.TlsHandshake
  const leaf = hs?.chain[0]
  if (!hs || !leaf) return false
  const now = Date.parse(collected.collectedAt)
  const inDate = Date.parse(leaf.validFrom) <= now && now <= Date.parse(leaf.validTo)
  const host = (hs.servername ?? hs.host).toLowerCase()
  const isIp = /^[\d.]+$|:/.test(host)
  return hs.trust.chainVerified && inDate && certificateMatchesHost(leaf, host, isIp)
}

/** The site string the Observatory would be given for this target (host[:port]). */
function siteString(collected: CollectedArtifacts): string {
  const t = collected.target
  const host = t.host.includes(':') ? `[${t.host}]` : t.host
  return t.explicitPort ? `${host}:${t.port}` : host
}

/**
 * Maps our artifacts to what the Observatory captures. null when there is no page to judge
 * (MainResponse missing), mirroring "The site seems to be down."
 */
export function observatoryInput(collected: CollectedArtifacts): ObservatoryInput | null {
  const { values } = collected
  const page = values.MainResponse
  if (!page) return null
  const verified = httpsVerified(collected)
  const chain = values.RedirectChain
  const http =
    chain && chain.hops.length > 0
      ? {
          route: chain.hops.map((h) => ({ url: h.url, status: h.status })),
          verified: chain.hops.some((h) => h.url.startsWith('https:')) ? verified : true,
        }
      : null
  const https = page.url.startsWith('https:') ? { ...toResponse(page), verified } : null
  // Cookies of the page session: every hop of the chain that ended on the page, page included.
  const hops =
    chain && chain.finalUrl === page.url
      ? chain.hops.filter((h) => h.url.startsWith(page.url.slice(0, 5)))
      : [page]
  const setCookies = hops.flatMap((h) =>
    h.headers.filter(([n]) => n === 'set-cookie').map(([, v]) => v)
  )
  const doc = values.HtmlDocument
  const html = doc
    ? {
        metaCsp: doc.meta.httpEquiv['content-security-policy'] ?? [],
        ...(doc.meta.referrer.length ? { metaReferrer: doc.meta.referrer.at(-1) as string } : {}),
        scriptSrcs: doc.scripts.flatMap((s) =>
          s.src
            ? [{ src: s.src, ...(s.integrity !== undefined ? { integrity: s.integrity } : {}) }]
            : []
        ),
        scriptCount: doc.scriptCount,
      }
    : null
  const cors = values.CorsPreflight
  return {
    hostname: siteString(collected),
    sessionUrl: https ? page.url : (http?.route[0]?.url ?? page.url),
    http,
    https,
    auto: toResponse(page),
    setCookies,
    html,
    cors: cors ? { response: toResponse(cors.exchange), originSent: cors.origin } : null,
  }
}
