import { createRequire } from 'node:module'
import tls from 'node:tls'
import type { Agent as UndiciAgent, Dispatcher } from 'undici'
import type { HttpExchange } from '../artifacts.ts'
import type { AddressPolicy } from './address-policy.ts'
import { connectTcp, connectTls } from './connect.ts'
import { decodeBody } from './decode-body.ts'

// Only undici's Agent and its request() API, not the package entry: the entry also loads fetch,
// WebSocket, cache stores and mocks, about 50 ms of start-up CPU that a scan never uses. (The
// entry does the same wiring: it copies lib/api, request() among it, onto Dispatcher.prototype.)
const require = createRequire(import.meta.url)
const Agent = require('undici/lib/dispatcher/agent.js') as typeof UndiciAgent
const request = require('undici/lib/api/api-request.js') as (
  this: Dispatcher,
  options: Dispatcher.RequestOptions
) => Promise<Dispatcher.ResponseData>

export const USER_AGENT = 'Mozilla/5.0 (compatible; HarbourScan/0.1; passive security check)'

export interface HttpClientOptions {
  policy: AddressPolicy
  /** Extra trusted roots are irrelevant here: HTTP fetches never judge trust (the TLS collector does). */
  connectTimeoutMs?: number
  headersTimeoutMs?: number
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
    }
  ): Promise<HttpExchange>
  close(): Promise<void>
}

/**
 * An undici Agent whose every socket goes through the guarded connector: the address policy runs
 * on every connection, including each redirect hop the caller follows by hand.
 */
export function createHttpClient(o: HttpClientOptions): HttpClient {
  const connectTimeoutMs = o.connectTimeoutMs ?? 10_000
  const maxBodyBytes = o.maxBodyBytes ?? 5 * 1024 * 1024
  const connect: UndiciAgent.Options['connect'] = (opts, callback) => {
    const port = Number(opts.port || (opts.protocol === 'https:' ? 443 : 80))
    const base = { host: opts.hostname, port, policy: o.policy, timeoutMs: connectTimeoutMs }
    const socket =
      opts.protocol === 'https:'
        ? connectTls({
            ...base,
            tls: {
              ALPNProtocols: ['http/1.1'],
              ciphers: `${tls.DEFAULT_CIPHERS}:@SECLEVEL=0`,
              minVersion: 'TLSv1',
            },
          })
        : connectTcp(base)
    socket.then(
      (s) => callback(null, s),
      (error: Error) => callback(error, null)
    )
  }
  const agent = new Agent({
    connect,
    allowH2: false,
    headersTimeout: o.headersTimeoutMs ?? 15_000,
    bodyTimeout: 15_000,
    maxHeaderSize: o.maxHeaderBytes ?? 64 * 1024,
    connections: 4,
  })

  return {
    async fetch(url, init = {}) {
      const started = performance.now()
      const signals = [
        AbortSignal.timeout(init.deadlineMs ?? 30_000),
        ...(init.signal ? [init.signal] : []),
      ]
      const { origin, pathname, search } = new URL(url)
      const method = init.method ?? 'GET'
      const response: Dispatcher.ResponseData = await request.call(agent, {
        origin,
        path: `${pathname}${search}`,
        method,
        headers: {
          'user-agent': USER_AGENT,
          accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
          'accept-encoding': 'gzip, deflate, br',
          ...init.headers,
        },
        signal: AbortSignal.any(signals),
      })
      const headers = rawHeaderPairs(response.headers)
      const exchange: HttpExchange = {
        url,
        method,
        status: response.statusCode,
        headers,
        durationMs: 0,
      }
      const contentType = headers.find(([n]) => n === 'content-type')?.[1]
      if (contentType) exchange.contentType = contentType
      if (method === 'HEAD' || (response.statusCode >= 300 && response.statusCode < 400)) {
        await response.body.dump({ limit: 64 * 1024 }).catch(() => undefined)
      } else {
        const body = await decodeBody(response.body, headers, maxBodyBytes)
        exchange.body = body.text
        exchange.bodyBytes = body.bytes
        if (body.truncated) exchange.bodyTruncated = true
      }
      exchange.durationMs = Math.round(performance.now() - started)
      return exchange
    },
    close: () => agent.close(),
  }
}

/** undici folds repeated headers into arrays; unfold them into ordered pairs, names lower-cased. */
function rawHeaderPairs(
  headers: Record<string, string | string[] | undefined>
): [string, string][] {
  const pairs: [string, string][] = []
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue
    for (const v of Array.isArray(value) ? value : [value]) pairs.push([name.toLowerCase(), v])
  }
  return pairs
}
