import http from 'node:http'
import type net from 'node:net'
import type { AddressPolicy } from '../net/address-policy.ts'
import { connectTcp } from '../net/connect.ts'

export interface ProxyLimits {
  /** Most connections/requests the page may make through the proxy. */
  maxRequests: number
  /** Most bytes relayed in both directions. */
  maxBytes: number
  connectTimeoutMs: number
}

export interface GuardedProxy {
  url: string
  /** Every destination the page tried, with the guard's verdict. */
  log: { target: string; allowed: boolean; reason?: string }[]
  close(): Promise<void>
}

const DEFAULT_LIMITS: ProxyLimits = {
  maxRequests: 300,
  maxBytes: 50 * 1024 * 1024,
  connectTimeoutMs: 10_000,
}

/**
 * The only way out for the browser: an in-process HTTP/CONNECT proxy on loopback whose every
 * upstream connection goes through the same guard as the scanner's own (resolve once, check,
 * connect to the checked IP). Page JavaScript cannot reach a metadata service or the intranet.
 */
export async function startGuardedProxy(
  policy: AddressPolicy,
  limits: Partial<ProxyLimits> = {}
): Promise<GuardedProxy> {
  const cap = { ...DEFAULT_LIMITS, ...limits }
  const log: GuardedProxy['log'] = []
  const sockets = new Set<net.Socket>()
  let relayed = 0

  const open = async (host: string, port: number): Promise<net.Socket> => {
    const target = `${host}:${port}`
    if (log.length >= cap.maxRequests) {
      log.push({ target, allowed: false, reason: 'request limit reached' })
      throw new Error('request limit reached')
    }
    try {
      const upstream = await connectTcp({ host, port, policy, timeoutMs: cap.connectTimeoutMs })
      log.push({ target, allowed: true })
      track(upstream)
      return upstream
    } catch (error) {
      log.push({
        target,
        allowed: false,
        reason: error instanceof Error ? error.message : String(error),
      })
      throw error
    }
  }

  const track = (socket: net.Socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
    socket.on('data', (chunk: Buffer) => {
      relayed += chunk.length
      if (relayed > cap.maxBytes) socket.destroy()
    })
  }

  const server = http.createServer((req, res) => {
    // Plain-HTTP requests arrive with an absolute URL.
    let url: URL
    try {
      url = new URL(req.url ?? '')
    } catch {
      res.writeHead(400).end()
      return
    }
    if (url.protocol !== 'http:') {
      res.writeHead(403).end()
      return
    }
    open(url.hostname.replace(/^\[|\]$/g, ''), Number(url.port || 80)).then(
      (upstream) => {
        const headers = { ...req.headers }
        delete headers['proxy-connection']
        const forward = http.request({
          createConnection: () => upstream,
          method: req.method,
          path: `${url.pathname}${url.search}`,
          headers,
        })
        forward.on('response', (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers)
          answer.pipe(res)
        })
        forward.on('error', () => res.destroy())
        req.pipe(forward)
      },
      () => res.writeHead(403, { 'content-type': 'text/plain' }).end('Blocked by HarbourScan')
    )
  })

  server.on('connect', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    track(client)
    const match = /^(\[[^\]]+\]|[^:]+):(\d+)$/.exec(req.url ?? '')
    if (!match) {
      client.end('HTTP/1.1 400 Bad Request\r\n\r\n')
      return
    }
    open(match[1]!.replace(/^\[|\]$/g, ''), Number(match[2])).then(
      (upstream) => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
        if (head.length > 0) upstream.write(head)
        upstream.pipe(client)
        client.pipe(upstream)
        upstream.on('error', () => client.destroy())
        client.on('error', () => upstream.destroy())
      },
      () => client.end('HTTP/1.1 403 Forbidden\r\n\r\n')
    )
  })
  server.on('connection', track)

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as net.AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    log,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      }),
  }
}
