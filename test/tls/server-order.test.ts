/**
 * Server order and preferred suite against real servers that enforce their order and ones that
 * follow the client's, for TLS 1.2 (full ServerHellos) and TLS 1.3 (HelloRetryRequests).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makePolicy } from '../../scanner/net/address-policy.ts'
import { openTlsSession } from '../../scanner/net/tls-session.ts'
import { enumerateSuites } from '../../scanner/tls/suites.ts'
import { startRange, type Range } from '../range/index.ts'

// Neither list is in ascending ID order, so "server order" cannot be our own order by luck.
const TLS12 = 'ECDHE-RSA-CHACHA20-POLY1305:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-AES128-GCM-SHA256'
const TLS13 = 'TLS_CHACHA20_POLY1305_SHA256:TLS_AES_256_GCM_SHA384:TLS_AES_128_GCM_SHA256'

let range: Range
beforeAll(async () => {
  range = await startRange(
    [true, false].flatMap(
      (honor) =>
        [
          {
            name: `tls12-${honor}`,
            tls: { maxVersion: 'TLSv1.2', ciphers: TLS12, honorCipherOrder: honor },
          },
          {
            name: `tls13-${honor}`,
            tls: { minVersion: 'TLSv1.3', ciphers: TLS13, honorCipherOrder: honor },
          },
        ] as const
    )
  )
})
afterAll(() => range?.close())

async function suitesOf(site: string, version: 'TLSv1.2' | 'TLSv1.3') {
  const session = await openTlsSession({
    host: '127.0.0.1',
    port: range.site(site).port,
    policy: makePolicy({ allowPrivate: true, allowedPorts: 'any' }),
    signal: AbortSignal.timeout(20_000),
  })
  return enumerateSuites(session, version, 'localhost')
}

describe('server cipher order', () => {
  it('TLS 1.2: sees an enforced order and its first choice', async () => {
    const suites = await suitesOf('tls12-true', 'TLSv1.2')
    expect(suites.accepted).toHaveLength(3)
    expect(suites.serverOrder).toBe(true)
    expect(suites.preferred?.name).toBe('TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256')
  })

  it('TLS 1.2: sees a server that follows the client', async () => {
    const suites = await suitesOf('tls12-false', 'TLSv1.2')
    expect(suites.accepted).toHaveLength(3)
    expect(suites.serverOrder).toBe(false)
    expect(suites.preferred).toBeUndefined()
  })

  it('TLS 1.3: reads the enforced order from HelloRetryRequests', async () => {
    const suites = await suitesOf('tls13-true', 'TLSv1.3')
    expect(suites.accepted.map((s) => s.name).sort()).toEqual([
      'TLS_AES_128_GCM_SHA256',
      'TLS_AES_256_GCM_SHA384',
      'TLS_CHACHA20_POLY1305_SHA256',
    ])
    expect(suites.serverOrder).toBe(true)
    expect(suites.preferred?.name).toBe('TLS_CHACHA20_POLY1305_SHA256')
  })

  it('TLS 1.3: sees a server that follows the client', async () => {
    const suites = await suitesOf('tls13-false', 'TLSv1.3')
    expect(suites.accepted).toHaveLength(3)
    expect(suites.serverOrder).toBe(false)
  })
})
