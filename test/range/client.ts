/**
 * Small bounded clients for tests that talk to range sites (node:http/https/tls, no undici, so
 * range tests do not depend on the scanner's own network code).
 */
import http from 'node:http'
import https from 'node:https'
import tls from 'node:tls'
import type { IncomingHttpHeaders } from 'node:http'

export interface SimpleResponse {
  status: number
  headers: IncomingHttpHeaders
  body: string
}

export interface GetOptions extends https.RequestOptions {
  /** Whole-request deadline; default 5000 ms. */
  deadlineMs?: number
  /** Body cap; default 1 MB (the rest is dropped and the connection closed). */
  maxBytes?: number
}

export function get(url: string, opts: GetOptions = {}): Promise<SimpleResponse> {
  const { deadlineMs = 5000, maxBytes = 1024 * 1024, ...requestOptions } = opts
  const lib = url.startsWith('https:') ? https : http
  return new Promise((resolve, reject) => {
    const options = {
      agent: false as const,
      ...requestOptions,
      signal: AbortSignal.timeout(deadlineMs),
    }
    const req = lib.get(url, options, (res) => {
      const chunks: Buffer[] = []
      let size = 0
      res.on('data', (chunk: Buffer) => {
        size += chunk.length
        if (size <= maxBytes) chunks.push(chunk)
        else res.destroy()
      })
      const done = () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        })
      res.on('end', done)
      res.on('close', done)
      res.on('error', reject)
    })
    req.on('error', reject)
  })
}

/** Connects, completes the handshake (or fails), and returns the open socket; caller destroys it. */
export function handshake(
  options: tls.ConnectionOptions,
  deadlineMs = 5000
): Promise<tls.TLSSocket> {
  return new Promise((resolve, reject) => {
    const socket = tls.connect(options)
    // tls.connect has no handshake deadline of its own (tls.md §2 #13).
    const timer = setTimeout(() => socket.destroy(new Error('TLS handshake timeout')), deadlineMs)
    socket.once('secureConnect', () => {
      clearTimeout(timer)
      resolve(socket)
    })
    socket.once('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
  })
}
