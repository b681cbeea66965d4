/**
 * Some old servers and middleboxes drop a ClientHello offering hundreds of suites but accept the
 * few dozen OpenSSL offers. A raw hello that gets no answer must not decide "not supported":
 * node:tls is asked too, and its handshake proves the version. Suite enumeration keeps each hello
 * to at most 64 suites (as nmap does), so it still sees every suite.
 */
import net from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makePolicy } from '../../scanner/net/address-policy.ts'
import { openTlsSession } from '../../scanner/net/tls-session.ts'
import { detectProtocols } from '../../scanner/tls/protocols.ts'
import { enumerateSuites } from '../../scanner/tls/suites.ts'
import { listenLoopback, type Closable } from '../range/lifecycle.ts'
import { startTlsRange, type TlsRange } from '../range/tls-sites.ts'

/** More suites than this and the "middlebox" hangs up, as intolerant servers do. */
const MAX_SUITES = 100

/** Suites offered by the ClientHello at the start of `hello` (undefined if it is not one). */
function suiteCount(hello: Buffer): number | undefined {
  if (hello.length < 44 || hello[0] !== 0x16 || hello[5] !== 1) return undefined
  const sessionIdEnd = 44 + hello[43]!
  if (hello.length < sessionIdEnd + 2) return undefined
  return hello.readUInt16BE(sessionIdEnd) / 2
}

let range: TlsRange
let middlebox: Closable
beforeAll(async () => {
  range = await startTlsRange(['clean'])
  const backend = range.port('clean')
  const server = net.createServer((client) => {
    client.once('data', (first: Buffer) => {
      const suites = suiteCount(first)
      if (suites === undefined || suites > MAX_SUITES) return client.destroy()
      const upstream = net.connect(backend, '127.0.0.1', () => {
        upstream.write(first)
        client.pipe(upstream).pipe(client)
      })
      upstream.on('error', () => client.destroy())
      client.on('error', () => upstream.destroy())
    })
  })
  middlebox = await listenLoopback(server)
})
afterAll(async () => {
  await middlebox?.close()
  await range?.close()
})

const sessionTo = (port: number) =>
  openTlsSession({
    host: '127.0.0.1',
    port,
    policy: makePolicy({ allowPrivate: true, allowedPorts: 'any' }),
    signal: AbortSignal.timeout(20_000),
  })

describe('a server that drops large hellos', () => {
  it('is still found to speak TLS 1.2 and 1.3, through node:tls', async () => {
    const { protocols } = await detectProtocols(await sessionTo(middlebox.port), 'localhost')
    // The raw TLS 1.2 hello offers 350 suites and is dropped; OpenSSL's passes.
    expect(protocols['TLSv1.2']).toMatchObject({ supported: true, via: 'handshake' })
    // The raw TLS 1.3 hello offers 13 suites and passes.
    expect(protocols['TLSv1.3']).toMatchObject({ supported: true, via: 'server-hello' })
    expect(protocols.TLSv1.supported).toBe(false)
  })

  it('shows the same TLS 1.2 suites as the server reached directly', async () => {
    const [through, direct] = await Promise.all([
      enumerateSuites(await sessionTo(middlebox.port), 'TLSv1.2', 'localhost'),
      enumerateSuites(await sessionTo(range.port('clean')), 'TLSv1.2', 'localhost'),
    ])
    expect(direct.accepted.length).toBeGreaterThanOrEqual(3)
    expect(through.complete).toBe(true)
    expect(through.accepted.map((s) => s.id).sort()).toEqual(
      direct.accepted.map((s) => s.id).sort()
    )
  })
})
