/**
 * The loopback test range: HTTP and HTTPS sites with chosen TLS settings, certificates, headers,
 * routes and files, all on 127.0.0.1 with ephemeral ports. Used by integration, e2e and bench.
 */
import { X509Certificate } from 'node:crypto'
import http from 'node:http'
import https from 'node:https'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { siteHandler } from './handler.ts'
import type { RouteSpec } from './handler.ts'
import { listenLoopback, LOOPBACK } from './lifecycle.ts'
import type { Closable } from './lifecycle.ts'
import { createTestPki } from './pki.ts'
import type { CertKind, LeafPem, TestPki } from './pki.ts'
import { certKinds, tlsServerOptions } from './tls-options.ts'
import type { SiteTlsSpec } from './tls-options.ts'

export type { RouteSpec } from './handler.ts'
export type { SiteTlsSpec } from './tls-options.ts'
export type { CertKind, TestPki } from './pki.ts'
export { createTestPki, CERT_KINDS } from './pki.ts'
// One import for callers: presets, hostile servers, file maps and bounded test clients.
export { PRESETS, PRESET_NAMES, presetSites } from './sites.ts'
export type { PresetName } from './sites.ts'
export { HOSTILE_KINDS, startHostile, startHostileServers } from './hostile.ts'
export type { HostileKind, HostileServer } from './hostile.ts'
export { filesFromDir } from './files.ts'
export { get, handshake } from './client.ts'

export interface SiteSpec {
  name: string
  /** Absent = plain HTTP site. */
  tls?: SiteTlsSpec
  /** Headers added to every response of this site (e.g. HSTS). */
  headers?: Record<string, string | string[]>
  /** path -> response; unknown paths get 404. '/' defaults to a small HTML page. */
  routes?: Record<string, RouteSpec>
  /** Static files (e.g. real library files): url path -> content. See filesFromDir(). */
  files?: Record<string, string | Buffer>
  /** Also start a plain-HTTP companion on another port that redirects every path to this site. */
  httpRedirect?: boolean | { status?: number }
  /** Escape hatch for odd behaviour; runs after routes and files, before the default '/'. */
  handler?: (req: IncomingMessage, res: ServerResponse) => void
}

export interface RunningSite {
  name: string
  /** https://127.0.0.1:PORT/ or http://127.0.0.1:PORT/ */
  url: string
  port: number
  /** The plain-HTTP redirecting companion, when httpRedirect was asked for. */
  httpUrl?: string
  httpPort?: number
  origin: string
}

export interface Range {
  pki: TestPki
  /**
   * Serves the intermediate CA (DER) when a site uses 'incomplete-chain': those sites' leaves
   * carry this URL as AIA CA Issuers, so a scanner can tell "incomplete chain" from "unknown CA".
   */
  aiaUrl?: string
  sites: Record<string, RunningSite>
  site(name: string): RunningSite
  close(): Promise<void>
}

/** Redirects to the HTTPS port on the host the client asked for (127.0.0.1 when odd). */
function redirectHandler(httpsPort: number, status: number) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const asked = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(:\d+)?$/i.exec(req.headers.host ?? '')?.[1]
    const location = `https://${asked ?? LOOPBACK}:${httpsPort}${req.url ?? '/'}`
    res.writeHead(status, { location, 'content-length': 0 })
    res.end()
  }
}

type LeafFor = (kind: CertKind) => LeafPem

async function startSite(
  spec: SiteSpec,
  leafFor: LeafFor,
  closers: Closable[]
): Promise<RunningSite> {
  const handler = siteHandler(spec)
  if (!spec.tls) {
    if (spec.httpRedirect) throw new Error(`site ${spec.name}: httpRedirect needs tls`)
    const plain = await listenLoopback(http.createServer(handler))
    closers.push(plain)
    const origin = `http://${LOOPBACK}:${plain.port}`
    return { name: spec.name, url: `${origin}/`, port: plain.port, origin }
  }
  const server = https.createServer(tlsServerOptions(spec.tls, leafFor), handler)
  const staple = spec.tls.ocspResponse
  if (staple) server.on('OCSPRequest', (_cert, _issuer, done) => done(null, staple))
  const secure = await listenLoopback(server)
  closers.push(secure)
  const origin = `https://${LOOPBACK}:${secure.port}`
  const site: RunningSite = { name: spec.name, url: `${origin}/`, port: secure.port, origin }
  if (spec.httpRedirect) {
    const status = typeof spec.httpRedirect === 'object' ? (spec.httpRedirect.status ?? 301) : 301
    const plain = await listenLoopback(http.createServer(redirectHandler(secure.port, status)))
    closers.push(plain)
    site.httpPort = plain.port
    site.httpUrl = `http://${LOOPBACK}:${plain.port}/`
  }
  return site
}

async function startAiaServer(pki: TestPki, closers: Closable[]): Promise<string> {
  const der = new X509Certificate(pki.intermediatePem).raw
  const handler = siteHandler({
    name: 'aia',
    routes: { '/intermediate.der': { body: der, contentType: 'application/pkix-cert' } },
  })
  const aia = await listenLoopback(http.createServer(handler))
  closers.push(aia)
  return `http://${LOOPBACK}:${aia.port}/intermediate.der`
}

export async function startRange(sites: SiteSpec[], opts: { pki?: TestPki } = {}): Promise<Range> {
  const names = new Set(sites.map((s) => s.name))
  if (names.size !== sites.length) throw new Error('startRange: site names must be unique')
  const pki = opts.pki ?? (await createTestPki())
  const closers: Closable[] = []
  const closeAll = async () => {
    await Promise.all(closers.map((c) => c.close()))
  }
  const running: Record<string, RunningSite> = {}
  let aiaUrl: string | undefined
  try {
    const overrides = new Map<CertKind, LeafPem>()
    if (sites.some((s) => s.tls && certKinds(s.tls).includes('incomplete-chain'))) {
      aiaUrl = await startAiaServer(pki, closers)
      overrides.set(
        'incomplete-chain',
        await pki.issueLeaf('incomplete-chain', { caIssuers: aiaUrl })
      )
    }
    const leafFor = (kind: CertKind) => overrides.get(kind) ?? pki.leaf(kind)
    for (const spec of sites) running[spec.name] = await startSite(spec, leafFor, closers)
  } catch (error) {
    await closeAll()
    throw error
  }
  let closing: Promise<void> | undefined
  return {
    pki,
    ...(aiaUrl ? { aiaUrl } : {}),
    sites: running,
    site(name) {
      const found = running[name]
      if (!found) throw new Error(`no range site named ${name}`)
      return found
    },
    close: () => (closing ??= closeAll()),
  }
}
