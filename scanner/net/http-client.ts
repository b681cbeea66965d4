import type http from 'node:http'
import type { Socket } from 'node:net'
import tls from 'node:tls'
import type { HttpExchange } from '../artifacts.ts'
import { HarbourScanError } from '../errors.ts'
import type { AddressPolicy } from './address-policy.ts'
import { connectTcp, connectTls } from './connect.ts'
import { readBody } from './decode-body.ts'
import { decodeText } from './decode-text.ts'

// Not `import http from 'node:http'`: an ES module import of node:http builds a facade that reads
// every export, and its lazy WebSocket/EventSource getters load Node's own bundled undici
// (~25 ms of start-up). The CommonJS module object has no such cost.
const { Agent, request: httpRequest } = process.getBuiltinModule('node:http')

export const USER_AGENT = 'Mozilla/5.0 (compatible; HarbourScan/0.1; passive security check)'
/** Bytes of a redirect's or HEAD's body read (and thrown away) before the socket is dropped. */
const MAX_DISCARDED_BYTES = 64 * 1024

export interface HttpClientOptions {
  /** No trusted roots here: HTTP fetches never judge trust (the TLS collectors do). */
  policy: AddressPolicy
  /** TCP connect plus TLS handshake. */
  connectTimeoutMs?: number
  headersTimeoutMs?: number
  /** Longest silence on the socket once the request is sent. */
  idleTimeoutMs?: number
  /** Largest body kept (bytes, before decoding); the rest is dropped and marked truncated. */
  maxBodyBytes?: number
  maxHeaderBytes?: number
}

export interface HttpClient {
  /** One request, no redirects followed; bounded by `deadlineMs` as a whole. */
  fetch(
    url: string,
    init?: {
      method?: string
      headers?: Record<string, string>
      deadlineMs?: number
      signal?: AbortSignal
      /**
       * Keep the body as bytes in `raw` instead of decoding it into `body`: for a caller that
       * hands it to a worker thread (a transfer, not a copy) which decodes it there.
       */
      raw?: boolean
    }
  ): Promise<HttpExchange & { raw?: Buffer }>
  close(): Promise<void>
}

/**
 * Node's own HTTP/1.1 client over sockets from the guarded connector, so the address policy runs
 * on every connection, including each redirect hop the caller follows by hand. (Node's client
 * rather than undici: the same llhttp parser, and a scan process starts ~20 ms sooner without
 * loading undici's dispatchers, HTTP/2 client and fetch machinery it never uses.)
 */
export function createHttpClient(o: HttpClientOptions): HttpClient {
  const connectTimeoutMs = o.connectTimeoutMs ?? 10_000
  const maxBodyBytes = o.maxBodyBytes ?? 5 * 1024 * 1024
  const agents = {
    'http:': guardedAgent(o.policy, connectTimeoutMs, false),
    'https:': guardedAgent(o.policy, connectTimeoutMs, true),
  }

  return {
    async fetch(url, init = {}) {
      const started = performance.now()
      const target = new URL(url)
      const agent = agents[target.protocol as keyof typeof agents]
      if (!agent) throw new HarbourScanError('E_USAGE', `Not an http(s) URL: ${url.slice(0, 200)}`)
      const signal = AbortSignal.any([
        AbortSignal.timeout(init.deadlineMs ?? 30_000),
        ...(init.signal ? [init.signal] : []),
      ])
      const method = init.method ?? 'GET'
      const response = await send(agent, target, method, init.headers, signal, o)
      const headers = headerPairs(response.rawHeaders)
      const exchange: HttpExchange = {
        url,
        method,
        status: response.statusCode ?? 0,
        headers,
        durationMs: 0,
      }
      const contentType = headers.find(([n]) => n === 'content-type')?.[1]
      if (contentType) exchange.contentType = contentType
      const status = exchange.status
      let raw: Buffer | undefined
      if (method === 'HEAD' || (status >= 300 && status < 400))
        await withAbort(discard(response), signal, response)
      else {
        const body = await withAbort(readBody(response, headers, maxBodyBytes), signal, response)
        if (init.raw) raw = body.raw
        else exchange.body = decodeText(body.raw, contentType ?? '')
        exchange.bodyBytes = body.bytes
        if (body.truncated) exchange.bodyTruncated = true
      }
      exchange.durationMs = Math.round(performance.now() - started)
      return raw ? { ...exchange, raw } : exchange
    },
    async close() {
      agents['http:'].destroy()
      agents['https:'].destroy()
    },
  }
}

/**
 * A keep-alive pool (4 sockets per origin) whose sockets come from the guarded connector. HTTPS
 * connections resume the origin's last TLS session, as browsers do: the server skips its
 * certificate signature, the costliest part of a handshake. (The TLS collectors never resume.)
 */
function guardedAgent(policy: AddressPolicy, timeoutMs: number, secure: boolean): http.Agent {
  const agent = new Agent({ keepAlive: true, maxSockets: 4 })
  const sessions = secure ? new SessionCache() : undefined
  agent.createConnection = (options, callback) => {
    const host = String(options.host ?? '')
    const port = Number(options.port)
    const base = { host, port, policy, timeoutMs }
    const origin = `${host}:${port}`
    const session = sessions?.get(origin)
    const socket: Promise<Socket> = sessions
      ? connectTls({
          ...base,
          tls: {
            ALPNProtocols: ['http/1.1'],
            ciphers: `${tls.DEFAULT_CIPHERS}:@SECLEVEL=0`,
            minVersion: 'TLSv1',
            ...(session ? { session } : {}),
          },
          onSocket: (s) => s.on('session', (ticket: Buffer) => sessions.set(origin, ticket)),
        })
      : connectTcp(base)
    socket.then(
      (s) => callback?.(null, s),
      (error: Error) => callback?.(error, undefined as never)
    )
    return undefined
  }
  return agent
}

/** The newest session per origin; bounded, since a hostile server picks the ticket's size. */
class SessionCache {
  static readonly MAX_ORIGINS = 16
  static readonly MAX_BYTES = 16 * 1024
  readonly #byOrigin = new Map<string, Buffer>()

  get(origin: string): Buffer | undefined {
    return this.#byOrigin.get(origin)
  }

  set(origin: string, session: Buffer): void {
    if (session.length > SessionCache.MAX_BYTES) return
    this.#byOrigin.delete(origin)
    this.#byOrigin.set(origin, session)
    if (this.#byOrigin.size > SessionCache.MAX_ORIGINS)
      this.#byOrigin.delete(this.#byOrigin.keys().next().value!)
  }
}

function send(
  agent: http.Agent,
  target: URL,
  method: string,
  extra: Record<string, string> | undefined,
  signal: AbortSignal,
  o: HttpClientOptions
): Promise<http.IncomingMessage> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason as Error)
    const request = httpRequest({
      agent,
      host: target.hostname.replace(/^\[|\]$/g, ''),
      port: target.port || (target.protocol === 'https:' ? 443 : 80),
      path: `${target.pathname}${target.search}`,
      method,
      maxHeaderSize: o.maxHeaderBytes ?? 64 * 1024,
      headers: {
        host: target.host,
        'user-agent': USER_AGENT,
        accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
        'accept-encoding': 'gzip, deflate, br',
        ...extra,
      },
    })
    const fail = (error: unknown) => {
      clearTimeout(headersTimer)
      signal.removeEventListener('abort', onAbort)
      request.destroy()
      reject(error)
    }
    // Heard before anything can destroy the request, and for good: a destroyed request (deadline,
    // headers timer) still emits its socket's error later, and an unheard 'error' ends the process.
    request.on('error', fail)
    const onAbort = () => fail(signal.reason)
    const headersMs = o.headersTimeoutMs ?? 15_000
    const headersTimer = setTimeout(
      () => fail(new HarbourScanError('E_TIMEOUT', `No response headers within ${headersMs} ms`)),
      headersMs
    )
    signal.addEventListener('abort', onAbort, { once: true })
    request.setTimeout(o.idleTimeoutMs ?? 15_000, () =>
      request.destroy(new HarbourScanError('E_TIMEOUT', 'The server stopped sending'))
    )
    request.once('response', (response) => {
      clearTimeout(headersTimer)
      signal.removeEventListener('abort', onAbort)
      resolve(response)
    })
    request.end()
  })
}

/** Reads and drops a small body so the socket can be reused; a larger one costs the socket. */
async function discard(response: http.IncomingMessage): Promise<void> {
  let seen = 0
  try {
    for await (const chunk of response as AsyncIterable<Buffer>) {
      seen += chunk.length
      if (seen > MAX_DISCARDED_BYTES) return void response.destroy()
    }
  } catch {
    // A broken body after the headers changes nothing for a redirect or HEAD.
  }
}

/** Body work (read or discard), cut short (socket destroyed) when the request's deadline passes. */
async function withAbort<T>(
  work: Promise<T>,
  signal: AbortSignal,
  response: http.IncomingMessage
): Promise<T> {
  const onAbort = () => response.destroy(signal.reason as Error)
  signal.addEventListener('abort', onAbort, { once: true })
  if (signal.aborted) onAbort() // passed while the headers were read: no event will come
  try {
    return await work
  } finally {
    signal.removeEventListener('abort', onAbort)
  }
}

/** rawHeaders is [name, value, name, value…] in wire order, repeats kept: names lower-cased. */
function headerPairs(raw: readonly string[]): [string, string][] {
  const pairs: [string, string][] = []
  for (let i = 0; i + 1 < raw.length; i += 2)
    pairs.push([(raw[i] as string).toLowerCase(), raw[i + 1] as string])
  return pairs
}
