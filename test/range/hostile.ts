/**
 * Hostile targets as raw `net` servers on loopback (security.md §2). Every behaviour is bounded:
 * each connection is destroyed after `maxLifetimeMs` (60 s), bodies and garbage have caps, and
 * close() destroys whatever is still open, so no server outlives its test.
 */
import crypto from 'node:crypto'
import net from 'node:net'
import tls from 'node:tls'
import type { Socket } from 'node:net'
import { listenLoopback, LOOPBACK } from './lifecycle.ts'

export type HostileKind =
  | 'silent' /* accepts TCP, never answers (also a TLS peer that never answers the hello) */
  | 'reset' /* TCP RST after the first bytes */
  | 'garbage' /* random bytes in answer to anything */
  | 'slow-headers' /* half a status line, then silence */
  | 'slowloris-body' /* 1 byte every 200 ms, ends after 60 s */
  | 'huge-body' /* 50 MB body, streamed with back-pressure until the client leaves */
  | 'huge-headers' /* 64 KB of response headers */
  | 'redirect-loop' /* /a -> /b -> /a ... */
  | 'redirect-endless' /* /hop/1 -> /hop/2 -> ... never the same URL twice */

export const HOSTILE_KINDS: readonly HostileKind[] = [
  'silent',
  'reset',
  'garbage',
  'slow-headers',
  'slowloris-body',
  'huge-body',
  'huge-headers',
  'redirect-loop',
  'redirect-endless',
]

export interface HostileServer {
  kind: HostileKind
  url: string
  port: number
  close(): Promise<void>
  /** TCP connections accepted so far (each answer closes its connection, so also requests). */
  hits(): number
}

export interface HostileOptions {
  /** Hard cap on any one connection; default 60 000 ms. */
  maxLifetimeMs?: number
  /**
   * Complete a TLS handshake with this key and certificate (e.g. `pki.leaf('valid')`) first, then
   * misbehave inside the TLS session; the URL becomes https://. Without it: plain TCP.
   */
  tls?: { key: string; cert: string }
}

const HUGE_BODY_BYTES = 50 * 1024 * 1024
const HUGE_HEADER_BYTES = 64 * 1024
const GARBAGE_CAP_BYTES = 64 * 1024
const SLOWLORIS_INTERVAL_MS = 200
const MAX_HEAD_BYTES = 16 * 1024

/** Calls back with the request head once '\r\n\r\n' arrived (or 16 KB did, whichever first). */
function onRequestHead(socket: Socket, callback: (head: string) => void): void {
  let head = ''
  const onData = (chunk: Buffer) => {
    head += chunk.toString('latin1')
    if (head.includes('\r\n\r\n') || head.length > MAX_HEAD_BYTES) {
      socket.off('data', onData)
      socket.resume()
      callback(head)
    }
  }
  socket.on('data', onData)
}

/** A TLS socket wraps the TCP one (Node's undocumented `_parent`); the RST must go to TCP. */
function resetNow(socket: Socket): void {
  const tcp = (socket as Socket & { _parent?: Socket })._parent ?? socket
  tcp.resetAndDestroy()
  socket.destroy()
}

function every(socket: Socket, ms: number, tick: () => void): void {
  const timer = setInterval(tick, ms)
  socket.once('close', () => clearInterval(timer))
}

function redirect(socket: Socket, location: string): void {
  socket.end(
    `HTTP/1.1 302 Found\r\nLocation: ${location}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`
  )
}

function requestPath(head: string): string {
  return /^[A-Z]+ (\S+) HTTP/.exec(head)?.[1] ?? '/'
}

const BEHAVIOURS: Record<HostileKind, (socket: Socket, lifetimeMs: number) => void> = {
  silent: (socket) => socket.resume(),
  reset: (socket) => socket.once('data', () => resetNow(socket)),
  garbage: (socket) => {
    let sent = 0
    socket.on('data', () => {
      if (sent >= GARBAGE_CAP_BYTES) return void socket.end()
      const chunk = crypto.randomBytes(4096)
      sent += chunk.length
      socket.write(chunk)
    })
  },
  'slow-headers': (socket) => onRequestHead(socket, () => socket.write('HTTP/1.1 200 O')),
  'slowloris-body': (socket, lifetimeMs) =>
    onRequestHead(socket, () => {
      // One byte fewer than the lifetime allows, so the body completes just before the cap.
      const total = Math.max(1, Math.floor(lifetimeMs / SLOWLORIS_INTERVAL_MS) - 1)
      socket.write(`HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: ${total}\r\n\r\n`)
      let sent = 0
      every(socket, SLOWLORIS_INTERVAL_MS, () => {
        sent += 1
        if (sent < total) socket.write('a')
        else socket.end('a')
      })
    }),
  'huge-body': (socket) =>
    onRequestHead(socket, () => {
      socket.write(
        `HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: ${HUGE_BODY_BYTES}\r\n\r\n`
      )
      const chunk = Buffer.alloc(64 * 1024, 'x')
      let sent = 0
      const pump = (): void => {
        while (sent < HUGE_BODY_BYTES && !socket.destroyed) {
          sent += chunk.length
          if (!socket.write(chunk)) return void socket.once('drain', pump)
        }
        if (!socket.destroyed) socket.end()
      }
      pump()
    }),
  'huge-headers': (socket) =>
    onRequestHead(socket, () => {
      const lines: string[] = []
      for (let i = 0, size = 0; size < HUGE_HEADER_BYTES; i += 1) {
        const line = `X-Filler-${String(i).padStart(4, '0')}: ${'a'.repeat(1000)}\r\n`
        lines.push(line)
        size += line.length
      }
      socket.end(
        `HTTP/1.1 200 OK\r\n${lines.join('')}Content-Length: 2\r\nConnection: close\r\n\r\nok`
      )
    }),
  'redirect-loop': (socket) =>
    onRequestHead(socket, (head) => redirect(socket, requestPath(head) === '/a' ? '/b' : '/a')),
  'redirect-endless': (socket) =>
    onRequestHead(socket, (head) => {
      const n = Number(/^\/hop\/(\d{1,9})$/.exec(requestPath(head))?.[1] ?? 0)
      redirect(socket, `/hop/${n + 1}`)
    }),
}

export async function startHostile(
  kind: HostileKind,
  opts: HostileOptions = {}
): Promise<HostileServer> {
  const lifetimeMs = opts.maxLifetimeMs ?? 60_000
  let hits = 0
  const onSocket = (socket: Socket) => {
    hits += 1
    socket.on('error', () => {}) // peers vanish mid-write on purpose; nothing to report
    const lifetime = setTimeout(() => socket.destroy(), lifetimeMs).unref()
    socket.once('close', () => clearTimeout(lifetime))
    BEHAVIOURS[kind](socket, lifetimeMs)
  }
  const server = opts.tls
    ? tls.createServer({ ...opts.tls, handshakeTimeout: lifetimeMs }, onSocket)
    : net.createServer(onSocket)
  server.on('tlsClientError', () => {}) // a client giving up mid-handshake is expected here
  const listening = await listenLoopback(server)
  return {
    kind,
    url: `${opts.tls ? 'https' : 'http'}://${LOOPBACK}:${listening.port}/`,
    port: listening.port,
    close: () => listening.close(),
    hits: () => hits,
  }
}

/** Starts one server per kind (all kinds by default). */
export async function startHostileServers(
  kinds: readonly HostileKind[] = HOSTILE_KINDS,
  opts: HostileOptions = {}
): Promise<Record<string, HostileServer>> {
  const settled = await Promise.allSettled(kinds.map((kind) => startHostile(kind, opts)))
  const servers = settled.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []))
  const failed = settled.find((r) => r.status === 'rejected')
  if (failed) {
    await Promise.all(servers.map((server) => server.close()))
    throw failed.reason
  }
  return Object.fromEntries(servers.map((server) => [server.kind, server]))
}
