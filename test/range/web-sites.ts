/**
 * Starts the web presets (web-presets.ts). Two layouts:
 * - 'ephemeral' (tests): HTTPS and plain HTTP each on an ephemeral 127.0.0.1 port;
 * - 'default-ports' (comparison with the Observatory, needs root): site i listens on
 *   127.0.0.(101+i):80 and :443, so both tools scan the bare address like a real site.
 * The request handler is the range's own (handler.ts); only the listeners differ.
 */
import http from 'node:http'
import https from 'node:https'
import type net from 'node:net'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { siteHandler } from './handler.ts'
import type { TestPki } from './pki.ts'
import { tlsServerOptions } from './tls-options.ts'
import { presetHeaders, type WebSitePreset } from './web-presets.ts'

export interface RunningWebSite {
  preset: WebSitePreset
  host: string
  httpPort: number
  httpsPort?: number
  /**
   * What HarbourScan is given: the http:// URL (so the redirect chain is followed), or the
   * https:// URL when plain HTTP serves the page itself (then `httpInput` checks the redirect).
   */
  scanInput: string
  httpInput: string
  /** What the Observatory CLI is given (default-ports layout only). */
  observatorySite?: string
}

export interface WebRange {
  sites: RunningWebSite[]
  site(name: string): RunningWebSite
  close(): Promise<void>
}

type Handler = (req: IncomingMessage, res: ServerResponse) => void

async function listen(server: net.Server, host: string, port: number): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => resolve())
  })
  return (server.address() as net.AddressInfo).port
}

function withOrigin(preset: WebSitePreset, inner: Handler): Handler {
  if (!preset.reflectOrigin) return inner
  return (req, res) => {
    const origin = req.headers.origin
    if (origin) {
      res.setHeader('access-control-allow-origin', origin)
      res.setHeader('access-control-allow-credentials', 'true')
    }
    inner(req, res)
  }
}

function httpSide(
  preset: WebSitePreset,
  host: string,
  httpsPort: () => string,
  page: Handler
): Handler {
  if (preset.http === 'serve' || !preset.cert) return page
  return (req, res) => {
    const url = req.url ?? '/'
    if (preset.http === 'insecure-hop' && !url.startsWith('/hop')) {
      res.writeHead(301, {
        location: `http://${req.headers.host ?? host}/hop${url}`,
        'content-length': 0,
      })
      return res.end()
    }
    const rest = url.startsWith('/hop') ? url.slice(4) || '/' : url
    res.writeHead(301, { location: `https://${host}${httpsPort()}${rest}`, 'content-length': 0 })
    res.end()
  }
}

export async function startWebSites(
  presets: readonly WebSitePreset[],
  opts: { pki: TestPki; layout?: 'ephemeral' | 'default-ports' }
): Promise<WebRange> {
  const servers: net.Server[] = []
  const sockets = new Set<net.Socket>()
  const track = (s: net.Server) => {
    servers.push(s)
    s.on('connection', (sock: net.Socket) => {
      sockets.add(sock)
      sock.once('close', () => sockets.delete(sock))
    })
    s.on('secureConnection', (sock: net.Socket) => sockets.add(sock))
    return s
  }
  const close = async () => {
    for (const s of sockets) s.destroy()
    await Promise.all(servers.map((s) => new Promise<void>((r) => s.close(() => r()))))
  }
  const sites: RunningWebSite[] = []
  try {
    for (const [i, preset] of presets.entries()) {
      const fixed = opts.layout === 'default-ports'
      const host = fixed ? `127.0.0.${101 + i}` : '127.0.0.1'
      const page = withOrigin(
        preset,
        siteHandler({ name: preset.name, headers: presetHeaders(preset), routes: preset.routes })
      )
      let httpsPort: number | undefined
      if (preset.cert) {
        const server = track(
          https.createServer(
            tlsServerOptions({ cert: preset.cert }, (kind) => opts.pki.leaf(kind)),
            page
          )
        )
        httpsPort = await listen(server, host, fixed ? 443 : 0)
      }
      const suffix = () => (httpsPort === 443 ? '' : `:${httpsPort}`)
      const plain = track(http.createServer(httpSide(preset, host, suffix, page)))
      const httpPort = await listen(plain, host, fixed ? 80 : 0)
      sites.push({
        preset,
        host,
        httpPort,
        ...(httpsPort ? { httpsPort } : {}),
        scanInput: fixed
          ? preset.cert
            ? host
            : `http://${host}/`
          : preset.cert && preset.http === 'serve'
            ? `https://${host}:${httpsPort}/`
            : `http://${host}:${httpPort}/`,
        httpInput: fixed ? `http://${host}/` : `http://${host}:${httpPort}/`,
        ...(fixed ? { observatorySite: host } : {}),
      })
    }
  } catch (error) {
    await close()
    throw error
  }
  return {
    sites,
    site(name) {
      const found = sites.find((s) => s.preset.name === name)
      if (!found) throw new Error(`no web site ${name}`)
      return found
    },
    close,
  }
}
