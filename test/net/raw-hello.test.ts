/** Hand-built ClientHellos against real loopback servers (Node's OpenSSL and the legacy emulator). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makePolicy } from '../../scanner/net/address-policy.ts'
import { buildClientHello, buildSsl2Hello, GROUP, VERSION } from '../../scanner/net/raw-hello.ts'
import { parseReply } from '../../scanner/net/raw-hello-parse.ts'
import { openTlsSession, type TlsSession } from '../../scanner/net/tls-session.ts'
import { startTlsRange, type TlsRange } from '../range/tls-sites.ts'

let range: TlsRange
const session = (name: string): Promise<TlsSession> =>
  openTlsSession({
    host: '127.0.0.1',
    port: range.port(name),
    policy: makePolicy({ allowPrivate: true, allowedPorts: 'any' }),
    signal: AbortSignal.timeout(20_000),
  })

beforeAll(async () => {
  range = await startTlsRange(['tls-intermediate', 'legacy-ssl'])
})
afterAll(() => range.close())

describe('raw ClientHello', () => {
  it('gets the offered TLS 1.2 suite and renegotiation_info from OpenSSL', async () => {
    const s = await session('tls-intermediate')
    const reply = await s.raw(buildClientHello({ version: VERSION['TLSv1.2'], suites: [0xc02f] }))
    expect(reply).toMatchObject({ kind: 'server-hello', version: 0x0303, suite: 0xc02f })
    expect(reply.kind === 'server-hello' && reply.extensions).toContain(0xff01)
  })

  it('gets handshake_failure for suites the server does not have', async () => {
    const s = await session('tls-intermediate')
    const reply = await s.raw(buildClientHello({ version: VERSION['TLSv1.2'], suites: [0x000a] }))
    expect(reply).toEqual({ kind: 'alert', level: 2, description: 40 })
  })

  it('reads the group of a TLS 1.3 HelloRetryRequest', async () => {
    const s = await session('tls-intermediate')
    const hello = buildClientHello({
      version: VERSION['TLSv1.3'],
      suites: [0x1301],
      groups: [GROUP.secp384r1],
    })
    const reply = await s.raw(hello)
    expect(reply).toMatchObject({
      kind: 'server-hello',
      version: 0x0304,
      helloRetry: true,
      group: 24,
    })
  })

  it('sees SSLv2, SSLv3 and DEFLATE on the legacy emulator', async () => {
    const s = await session('legacy-ssl')
    expect((await s.raw(buildSsl2Hello())).kind).toBe('sslv2-server-hello')
    const ssl3 = await s.raw(
      buildClientHello({
        version: VERSION.SSLv3,
        suites: [0x0005],
        noExtensions: true,
        compression: true,
      })
    )
    expect(ssl3).toMatchObject({
      kind: 'server-hello',
      version: 0x0300,
      suite: 0x0005,
      compression: 1,
    })
  })
})

describe('parseReply', () => {
  it('waits for a whole record, then reads an alert', () => {
    expect(parseReply(Buffer.from([0x15, 3, 3, 0]), false)).toBeUndefined()
    expect(parseReply(Buffer.from([0x15, 3, 3, 0, 2, 2, 70]), false)).toEqual({
      kind: 'alert',
      level: 2,
      description: 70,
    })
  })

  it('calls garbage, truncation and hang-ups what they are', () => {
    expect(parseReply(Buffer.from('HTTP/1.1 400 Bad Request\r\n'), false)).toMatchObject({
      kind: 'unexpected',
    })
    expect(parseReply(Buffer.from([0x16, 3, 3, 0, 50, 2]), true)).toMatchObject({
      kind: 'unexpected',
      detail: 'truncated reply',
    })
    expect(parseReply(Buffer.alloc(0), true)).toEqual({ kind: 'closed' })
    expect(parseReply(Buffer.from([0x16, 3, 3, 0xff, 0xff]), false)).toMatchObject({
      kind: 'unexpected',
      detail: 'oversized record',
    })
  })
})

describe('parseReply on fragmented replies', () => {
  // A minimal TLS 1.2 ServerHello: version, random, empty session id, suite, no compression.
  const body = Buffer.concat([
    Buffer.from([3, 3]),
    Buffer.alloc(32, 7),
    Buffer.from([0, 0xc0, 0x2f, 0]),
  ])
  const message = Buffer.concat([Buffer.from([2, 0, 0, body.length]), body])
  const records = (parts: Buffer[]) =>
    Buffer.concat(
      parts.flatMap((p) => [Buffer.from([0x16, 3, 3, p.length >> 8, p.length & 0xff]), p])
    )

  it('joins a ServerHello split over a few records', () => {
    const split = records([message.subarray(0, 3), message.subarray(3, 20), message.subarray(20)])
    expect(parseReply(split, false)).toMatchObject({ kind: 'server-hello', suite: 0xc02f })
  })

  it('refuses empty handshake records and a reply shredded into many records', () => {
    const empty = records([Buffer.alloc(0), message])
    expect(parseReply(empty, false)).toMatchObject({ detail: 'empty handshake record' })
    const shredded = records([...message].map((byte) => Buffer.from([byte])))
    expect(parseReply(shredded, false)).toMatchObject({ kind: 'unexpected', detail: /too many/ })
  })
})

describe('buildClientHello', () => {
  it('pads hellos of 256–511 bytes to 512 (RFC 7685) and leaves others alone', () => {
    const sizes = [1, 40, 120, 300].map((n) => {
      const hello = buildClientHello({
        version: VERSION['TLSv1.2'],
        suites: Array.from({ length: n }, (_, i) => 0xc000 + i),
        servername: 'example.com',
      })
      expect(hello.readUInt16BE(3)).toBe(hello.length - 5)
      return hello.length - 5
    })
    for (const size of sizes) expect(size <= 0xff || size >= 0x200).toBe(true)
    expect(sizes).toContain(512)
  })

  it('reuses extension blocks without mixing options, and draws fresh randoms each time', () => {
    const hello = (servername: string, o: { version?: number; groups?: number[] } = {}) =>
      buildClientHello({ version: VERSION['TLSv1.2'], suites: [0xc02f], servername, ...o })
    const a = hello('a.example')
    const b = hello('b.example')
    expect(a.includes('a.example')).toBe(true)
    expect(b.includes('a.example')).toBe(false)
    expect(b.includes('b.example')).toBe(true)
    // Same options: same bytes except the 32-byte client random after the version.
    const again = hello('a.example')
    expect(again.subarray(11, 43).equals(a.subarray(11, 43))).toBe(false)
    expect(Buffer.concat([again.subarray(0, 11), again.subarray(43)])).toEqual(
      Buffer.concat([a.subarray(0, 11), a.subarray(43)])
    )
    // A TLS 1.3 hello's X25519 key share is new every time, though the block around it is cached.
    const share = (h: Buffer) => h.subarray(h.indexOf(Buffer.from([0, 0x1d, 0, 0x20])) + 4)
    const t1 = hello('a.example', { version: VERSION['TLSv1.3'], groups: [GROUP.x25519] })
    const t2 = hello('a.example', { version: VERSION['TLSv1.3'], groups: [GROUP.x25519] })
    expect(share(t1).subarray(0, 32).equals(share(t2).subarray(0, 32))).toBe(false)
  })
})
