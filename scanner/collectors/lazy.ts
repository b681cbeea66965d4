import type { ArtifactName } from '../artifacts.ts'
import type { Collector } from './types.ts'

export interface LazyCollector {
  name: ArtifactName
  load: () => Promise<Collector>
}

/**
 * The same collectors as COLLECTORS (index.ts), each imported only when a scan needs it: a
 * `scan --only web` process then never loads the TLS probes, the raw hello builder or the
 * library database code, which is most of a short scan's CPU (start-up is mostly loading code).
 * test/collectors/lazy.test.ts keeps the two lists in step.
 */
export const LAZY_COLLECTORS: readonly LazyCollector[] = [
  {
    name: 'RedirectChain',
    load: async () => (await import('./redirect-chain.ts')).redirectChainCollector,
  },
  {
    name: 'MainResponse',
    load: async () => (await import('./main-response.ts')).mainResponseCollector,
  },
  {
    name: 'TlsHandshake',
    load: async () => (await import('./tls-handshake.ts')).tlsHandshakeCollector,
  },
  {
    name: 'TlsProtocols',
    load: async () => (await import('./tls-protocols.ts')).tlsProtocolsCollector,
  },
  { name: 'TlsSuites', load: async () => (await import('./tls-suites.ts')).tlsSuitesCollector },
  { name: 'TlsDetails', load: async () => (await import('./tls-details.ts')).tlsDetailsCollector },
  {
    name: 'HtmlDocument',
    load: async () => (await import('./html-document.ts')).htmlDocumentCollector,
  },
  { name: 'WellKnown', load: async () => (await import('./well-known.ts')).wellKnownCollector },
  {
    name: 'CorsPreflight',
    load: async () => (await import('./cors-preflight.ts')).corsPreflightCollector,
  },
  {
    name: 'RenderedPage',
    load: async () => (await import('./rendered-page.ts')).renderedPageCollector,
  },
  { name: 'Scripts', load: async () => (await import('./scripts.ts')).scriptsCollector },
  { name: 'Software', load: async () => (await import('./software.ts')).softwareCollector },
]
