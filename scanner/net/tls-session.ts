/**
 * One TLS "probe session" per scanned origin: the address is resolved once and pinned, every probe
 * (raw hello or node:tls) waits for one of a few connection slots (politeness: 6 per host), and
 * each probe has its own deadline inside the scan's. Shared by all tls-* collectors of a scan.
 */
import type { Socket } from 'node:net'
import type { TLSSocket, ConnectionOptions } from 'node:tls'
import type { AddressPolicy } from './address-policy.ts'
import { connectTcp, connectTls } from './connect.ts'
import { HarbourScanError } from '../errors.ts'
import { MAX_REPLY_BYTES, parseReply, type HelloReply } from './raw-hello-parse.ts'
import { resolveGuarded } from './resolve.ts'

export const MAX_CONNECTIONS_PER_HOST = 6
export const PROBE_TIMEOUT_MS = 4_000

export interface TlsSession {
  host: string
  port: number
  /** Sends one raw hello and reads the answer. Throws on timeout/unreachable. */
  raw(hello: Buffer): Promise<HelloReply>
  /** One node:tls handshake; `use` reads what it needs before the socket is closed. */
  handshake<T>(
    tls: ConnectionOptions,
    use: (socket: TLSSocket) => T | Promise<T>,
    onSocket?: (socket: TLSSocket) => void
  ): Promise<T>
  /** Probes made so far (bench and evidence). */
  count(): number
}

function limiter(max: number) {
  let active = 0
  const queue: (() => void)[] = []
  return async <T>(work: () => Promise<T>): Promise<T> => {
    if (active >= max) await new Promise<void>((resolve) => queue.push(resolve))
    active++
    try {
      return await work()
    } finally {
      active--
      queue.shift()?.()
    }
  }
}

export async function openTlsSession(o: {
  host: string
  port: number
  policy: AddressPolicy
  signal: AbortSignal
  timeoutMs?: number
  maxConnections?: number
}): Promise<TlsSession> {
  const [first] = await resolveGuarded(o.host, o.port, o.policy)
  const key = `${o.host}:${o.port}`
  // Pin the answer: every later probe connects to this address without asking DNS again.
  const policy: AddressPolicy = {
    ...o.policy,
    resolve: new Map([...o.policy.resolve, [key, first!.address]]),
  }
  const timeoutMs = o.timeoutMs ?? PROBE_TIMEOUT_MS
  const slot = limiter(o.maxConnections ?? MAX_CONNECTIONS_PER_HOST)
  const base = { host: o.host, port: o.port, policy, timeoutMs, signal: o.signal }
  let probes = 0
  return {
    host: o.host,
    port: o.port,
    count: () => probes,
    raw: (hello) =>
      slot(async () => {
        probes++
        const started = Date.now()
        const socket = await connectTcp(base)
        return readReply(socket, hello, Math.max(1, timeoutMs - (Date.now() - started)), o.signal)
      }),
    handshake: (tls, use, onSocket) =>
      slot(async () => {
        probes++
        const socket = await connectTls({ ...base, tls, ...(onSocket ? { onSocket } : {}) })
        try {
          return await use(socket)
        } finally {
          socket.destroy()
        }
      }),
  }
}

function readReply(
  socket: Socket,
  hello: Buffer,
  ms: number,
  signal: AbortSignal
): Promise<HelloReply> {
  return new Promise((resolve, reject) => {
    let data = Buffer.alloc(0)
    let done = false
    const finish = (result: HelloReply | Error) => {
      if (done) return
      done = true
      clearTimeout(timer)
      signal.removeEventListener('abort', onAbort)
      socket.destroy()
      if (result instanceof Error) reject(result)
      else resolve(result)
    }
    const onAbort = () => finish(new HarbourScanError('E_ABORTED', 'The scan ran out of time'))
    const timer = setTimeout(
      () => finish(new HarbourScanError('E_TIMEOUT', `No answer to a ClientHello in ${ms} ms`)),
      ms
    )
    signal.addEventListener('abort', onAbort, { once: true })
    const check = (ended: boolean) => {
      const reply = parseReply(data, ended)
      if (reply) finish(reply)
      else if (ended) finish({ kind: 'closed' })
    }
    socket.on('data', (chunk: Buffer) => {
      data = Buffer.concat([data, chunk]).subarray(0, MAX_REPLY_BYTES)
      check(data.length >= MAX_REPLY_BYTES)
    })
    socket.on('end', () => check(true))
    // A reset after our hello is how many servers refuse; before any byte it reads as "closed".
    socket.on('error', (error: NodeJS.ErrnoException) =>
      data.length === 0 && error.code === 'ECONNRESET' ? finish({ kind: 'closed' }) : check(true)
    )
    socket.write(hello)
  })
}
