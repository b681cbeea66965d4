/**
 * What the probes cost the scanned server: TLS 1.3 suites and groups are read from
 * HelloRetryRequests (no key exchange or signature on the server), groups by elimination, and
 * node:tls is asked about a version only when a raw hello did not settle it. Fails if a saving is
 * lost.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makePolicy } from '../../scanner/net/address-policy.ts'
import { GROUP } from '../../scanner/net/raw-hello.ts'
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
    // By elimination: one hello per accepted group and the refusal, not one per known group.
    expect(replies).toHaveLength(groups.length + 1)
    expect(groups.length + 1).toBeLessThan(Object.keys(GROUP).length)
  })

  it('asks node:tls nothing when raw hellos settle every version', async () => {
    const { session, handshakes } = await recordingSession()
    const { protocols } = await detectProtocols(session, 'localhost')
    expect(protocols['TLSv1.2']).toMatchObject({ supported: true, via: 'server-hello' })
    expect(protocols['TLSv1.3']).toMatchObject({ supported: true, via: 'server-hello' })
    // TLS 1.0 and 1.1: refused with protocol_version, which no other client would change.
    expect(protocols.TLSv1).toEqual({ supported: false, detail: 'alert 70' })
    expect(protocols['TLSv1.1']).toEqual({ supported: false, detail: 'alert 70' })
    expect(handshakes()).toBe(0)
  })
})
