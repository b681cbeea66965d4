/**
 * What the probes cost the scanned server: TLS 1.3 suites and groups are read from
 * HelloRetryRequests (no key exchange or signature on the server), and node:tls is asked about a
 * version only when a raw ServerHello did not already prove it. Fails if either saving is lost.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makePolicy } from '../../scanner/net/address-policy.ts'
import type { HelloReply } from '../../scanner/net/raw-hello-parse.ts'
import { openTlsSession, type TlsSession } from '../../scanner/net/tls-session.ts'
import { acceptedGroups } from '../../scanner/tls/groups.ts'
import { detectProtocols } from '../../scanner/tls/protocols.ts'
import { enumerateSuites } from '../../scanner/tls/suites.ts'
import { startTlsRange, type TlsRange } from '../range/tls-sites.ts'

let range: TlsRange
beforeAll(async () => {
  range = await startTlsRange(['clean'])
})
afterAll(() => range.close())

/** A session that records every raw reply and counts node:tls handshakes. */
async function recordingSession() {
  const inner = await openTlsSession({
    host: '127.0.0.1',
    port: range.port('clean'),
    policy: makePolicy({ allowPrivate: true, allowedPorts: 'any' }),
    signal: AbortSignal.timeout(20_000),
  })
  const replies: HelloReply[] = []
  let handshakes = 0
  const session: TlsSession = {
    ...inner,
    raw: async (hello) => {
      const reply = await inner.raw(hello)
      replies.push(reply)
      return reply
    },
    handshake: (tls, use, onSocket) => {
      handshakes++
      return inner.handshake(tls, use, onSocket)
    },
  }
  return { session, replies, handshakes: () => handshakes }
}

const fullServerHellos = (replies: HelloReply[]) =>
  replies.filter((r) => r.kind === 'server-hello' && !r.helloRetry).length

describe('probe cost on a TLS 1.2 + 1.3 server', () => {
  it('enumerates TLS 1.3 suites from HelloRetryRequests only', async () => {
    const { session, replies } = await recordingSession()
    const suites = await enumerateSuites(session, 'TLSv1.3', 'localhost')
    expect(suites.accepted.map((s) => s.name).sort()).toEqual([
      'TLS_AES_128_GCM_SHA256',
      'TLS_AES_256_GCM_SHA384',
      'TLS_CHACHA20_POLY1305_SHA256',
    ])
    expect(suites.complete).toBe(true)
    expect(replies.some((r) => r.kind === 'server-hello' && r.helloRetry)).toBe(true)
    expect(fullServerHellos(replies)).toBe(0)
  })

  it('finds TLS 1.3 groups from HelloRetryRequests only', async () => {
    const { session, replies } = await recordingSession()
    const tls13 = [0x1301, 0x1302, 0x1303]
    const { groups, errors } = await acceptedGroups(session, 'TLSv1.3', tls13, 'localhost')
    expect(errors).toEqual([])
    expect(groups).toEqual(expect.arrayContaining(['x25519', 'secp256r1', 'secp384r1']))
    expect(fullServerHellos(replies)).toBe(0)
  })

  it('asks node:tls only about the versions a raw hello did not prove', async () => {
    const { session, handshakes } = await recordingSession()
    const { protocols } = await detectProtocols(session, 'localhost')
    expect(protocols['TLSv1.2']).toMatchObject({ supported: true, via: 'server-hello' })
    expect(protocols['TLSv1.3']).toMatchObject({ supported: true, via: 'server-hello' })
    expect(protocols.TLSv1.supported).toBe(false)
    expect(protocols['TLSv1.1'].supported).toBe(false)
    // TLS 1.0 and 1.1: the raw hello was refused, so node:tls gets its say.
    expect(handshakes()).toBe(2)
  })
})
