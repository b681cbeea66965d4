/**
 * Hostile TLS peers: a silent server, a reset, garbage and a 10 MB certificate chain. Every probe
 * ends by its deadline, the collectors record errors, and no TLS rule reports a pass.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestPki } from '../range/index.ts'
import { startHostile, type HostileServer } from '../range/hostile.ts'
import { LEGACY_SITES } from '../range/tls-sites.ts'
import { startLegacyServer, type LegacyServer } from '../range/tls-sites-legacy.ts'
import { scanTls, tlsRuleIds } from './tls-helpers.ts'

const servers: Record<string, HostileServer> = {}
let huge: LegacyServer
let caFile: string

beforeAll(async () => {
  for (const kind of ['silent', 'reset', 'garbage'] as const)
    servers[kind] = await startHostile(kind, { maxLifetimeMs: 20_000 })
  huge = await startLegacyServer(LEGACY_SITES['hostile-huge-chain']!)
  caFile = (await createTestPki()).caFile
})
afterAll(async () => {
  await Promise.all([...Object.values(servers).map((s) => s.close()), huge.close()])
})

describe('TLS collectors against hostile servers', () => {
  for (const kind of ['silent', 'reset', 'garbage'] as const) {
    it(`${kind}: records errors and never passes a TLS rule`, async () => {
      const { collected, result } = await scanTls(servers[kind]!.port, caFile, {
        http: false,
        timeoutMs: 15_000,
      })
      expect(collected.errors.TlsProtocols?.code).toMatch(/^E_TLS_(UNTESTABLE|HANDSHAKE)$/)
      expect(collected.errors.TlsHandshake).toBeDefined()
      expect(tlsRuleIds(result, 'pass')).toEqual([])
      expect(result.grades.tls.letter).toBeNull()
    }, 25_000)
  }

  it('a 10 MB certificate chain: the handshake fails, raw probes still read the ServerHello', async () => {
    const before = process.memoryUsage().rss
    const { collected, result } = await scanTls(huge.port, caFile, { http: false })
    expect(collected.errors.TlsHandshake).toBeDefined()
    expect(collected.values.TlsProtocols?.protocols['TLSv1.2'].supported).toBe(true)
    expect(tlsRuleIds(result, 'fail')).toContain('tls-protocol-deprecated')
    expect(tlsRuleIds(result, 'error')).toContain('certificate-expired')
    // Nothing buffers the chain: far less than 10 MB per probe was kept.
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024)
  }, 25_000)
})
