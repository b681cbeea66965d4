/**
 * A ServerHello-only emulator of legacy TLS servers for the range. Node's OpenSSL cannot serve
 * SSLv2, SSLv3, RC4, 3DES, EXPORT, compression or a server without RFC 5746, so this raw `net`
 * server answers a ClientHello the way such a server would (ServerHello or alert) and then waits.
 * Scanners that only read the ServerHello (HarbourScan's raw probes, nmap) see a legacy server; a
 * full handshake fails, which the scan must report as "could not test", never as a pass.
 * `hugeChain` instead follows the ServerHello with a 10 MB Certificate message (hostile case).
 */
import net from 'node:net'
import type { Socket } from 'node:net'
import { randomBytes } from 'node:crypto'
import { listenLoopback, LOOPBACK } from './lifecycle.ts'

export interface LegacyServerSpec {
  /** Record-layer versions accepted, e.g. [0x0300, 0x0301]. */
  versions: number[]
  /** Suites in server preference order. */
  suites: number[]
  /** Choose DEFLATE when the client offers it. */
  compression?: boolean
  /** Answer the renegotiation SCSV with renegotiation_info (RFC 5746). */
  secureRenegotiation?: boolean
  /** Answer an SSLv2 CLIENT-HELLO with a SERVER-HELLO. */
  sslv2?: boolean
  /** After the ServerHello, stream a 10 MB Certificate message. */
  hugeChain?: boolean
}

export interface LegacyServer {
  port: number
  url: string
  close(): Promise<void>
}

const HUGE = 10 * 1024 * 1024
const u16 = (n: number) => Buffer.from([(n >> 8) & 0xff, n & 0xff])
const record = (type: number, version: number, body: Buffer) =>
  Buffer.concat([Buffer.from([type]), u16(version), u16(body.length), body])
const alert = (version: number, description: number) =>
  record(0x15, version, Buffer.from([2, description]))

function sslv2ServerHello(): Buffer {
  const spec = Buffer.from([0x01, 0x00, 0x80])
  const connId = randomBytes(16)
  const body = Buffer.concat([
    Buffer.from([4, 0, 1]),
    u16(0x0002),
    u16(0),
    u16(spec.length),
    u16(connId.length),
    spec,
    connId,
  ])
  return Buffer.concat([u16(0x8000 | body.length), body])
}

function answer(spec: LegacyServerSpec, hello: Buffer, socket: Socket): void {
  if (hello[0]! & 0x80 && hello[2] === 1) {
    socket.write(spec.sslv2 ? sslv2ServerHello() : Buffer.from([0x15, 3, 0, 0, 2, 2, 70]))
    return
  }
  // record(5) type(1) len(3) version(2) random(32) sid
  let p = 9
  const clientVersion = hello.readUInt16BE(p)
  p += 34
  p += 1 + hello[p]!
  const suitesLen = hello.readUInt16BE(p)
  const offered = new Set<number>()
  for (let i = 0; i < suitesLen; i += 2) offered.add(hello.readUInt16BE(p + 2 + i))
  p += 2 + suitesLen
  const methods = hello.subarray(p + 1, p + 1 + hello[p]!)
  const version = [...spec.versions].sort((a, b) => b - a).find((v) => v <= clientVersion)
  if (version === undefined) return void socket.end(alert(0x0301, 70))
  const suite = spec.suites.find((s) => offered.has(s))
  if (suite === undefined) return void socket.end(alert(version, 40))
  const ext =
    spec.secureRenegotiation && offered.has(0x00ff)
      ? Buffer.from([0xff, 0x01, 0x00, 0x01, 0x00])
      : Buffer.alloc(0)
  const body = Buffer.concat([
    u16(version),
    randomBytes(32),
    Buffer.from([0]),
    u16(suite),
    Buffer.from([spec.compression && methods.includes(1) ? 1 : 0]),
    ext.length ? Buffer.concat([u16(ext.length), ext]) : Buffer.alloc(0),
  ])
  const hs = Buffer.concat([
    Buffer.from([2, 0, (body.length >> 8) & 0xff, body.length & 0xff]),
    body,
  ])
  socket.write(record(0x16, version, hs))
  // Hang up after the ServerHello: a full handshake then fails at once instead of timing out.
  if (spec.hugeChain) streamHugeCertificate(socket, version)
  else socket.end()
}

/** A Certificate message announcing 10 MB, sent in 16 KB records with back-pressure. */
function streamHugeCertificate(socket: Socket, version: number): void {
  const header = Buffer.from([11, (HUGE >> 16) & 0xff, (HUGE >> 8) & 0xff, HUGE & 0xff])
  let sent = 0
  const chunk = randomBytes(16_000)
  const pump = () => {
    while (sent < HUGE && !socket.destroyed) {
      const body = sent === 0 ? Buffer.concat([header, chunk]) : chunk
      sent += chunk.length
      if (!socket.write(record(0x16, version, body))) return void socket.once('drain', pump)
    }
  }
  pump()
}

export async function startLegacyServer(spec: LegacyServerSpec): Promise<LegacyServer> {
  const server = net.createServer((socket) => {
    socket.on('error', () => undefined)
    const lifetime = setTimeout(() => socket.destroy(), 30_000).unref()
    socket.once('close', () => clearTimeout(lifetime))
    let data = Buffer.alloc(0)
    const onData = (chunk: Buffer) => {
      data = Buffer.concat([data, chunk])
      const sslv2 = data[0]! & 0x80
      const need = sslv2
        ? 2 + (data.readUInt16BE(0) & 0x7fff)
        : 5 + (data.length >= 5 ? data.readUInt16BE(3) : 0)
      if (data.length < 5 || data.length < need) return
      socket.off('data', onData)
      try {
        answer(spec, data, socket)
      } catch {
        socket.destroy()
      }
    }
    socket.on('data', onData)
  })
  const listening = await listenLoopback(server)
  return {
    port: listening.port,
    url: `https://${LOOPBACK}:${listening.port}/`,
    close: () => listening.close(),
  }
}
