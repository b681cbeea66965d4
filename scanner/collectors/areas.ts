import type { ArtifactName } from '../artifacts.ts'

/**
 * What `--only` can select, and the artifacts each area needs (its own collectors plus the ones
 * they build on: the redirect chain and final page feed almost everything; the TLS grade reads
 * HSTS from the final page; the web grade needs the default handshake's trust verdict).
 */
export const AREAS = {
  tls: ['RedirectChain', 'MainResponse', 'TlsHandshake', 'TlsProtocols', 'TlsSuites', 'TlsDetails'],
  web: [
    'RedirectChain',
    'MainResponse',
    'TlsHandshake',
    'HtmlDocument',
    'WellKnown',
    'CorsPreflight',
  ],
  software: [
    'RedirectChain',
    'MainResponse',
    'HtmlDocument',
    'Scripts',
    'Software',
    'RenderedPage',
  ],
} as const satisfies Record<string, readonly ArtifactName[]>

export type Area = keyof typeof AREAS
export const AREA_NAMES = Object.keys(AREAS) as Area[]

/** The artifacts a scan of these areas collects. */
export function artifactsFor(areas: readonly Area[]): ReadonlySet<ArtifactName> {
  return new Set(areas.flatMap((area) => AREAS[area]))
}
