import { corsPreflightCollector } from './cors-preflight.ts'
import { htmlDocumentCollector } from './html-document.ts'
import { mainResponseCollector } from './main-response.ts'
import { redirectChainCollector } from './redirect-chain.ts'
import { renderedPageCollector } from './rendered-page.ts'
import { scriptsCollector } from './scripts.ts'
import { softwareCollector } from './software.ts'
import { tlsDetailsCollector } from './tls-details.ts'
import { tlsHandshakeCollector } from './tls-handshake.ts'
import { tlsProtocolsCollector } from './tls-protocols.ts'
import { tlsSuitesCollector } from './tls-suites.ts'
import { wellKnownCollector } from './well-known.ts'
import type { Collector } from './types.ts'

/**
 * Every collector, one artifact each. Order does not matter: a collector that needs another
 * artifact awaits it through ctx.get(), and collect() runs them all concurrently.
 */
export const COLLECTORS: readonly Collector[] = [
  redirectChainCollector,
  mainResponseCollector,
  tlsHandshakeCollector,
  tlsProtocolsCollector,
  tlsSuitesCollector,
  tlsDetailsCollector,
  htmlDocumentCollector,
  wellKnownCollector,
  corsPreflightCollector,
  renderedPageCollector,
  scriptsCollector,
  softwareCollector,
]
