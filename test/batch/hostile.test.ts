import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { HOSTILE_KINDS, startHostileServers, type HostileServer } from '../range/hostile.ts'
import { startRange, type Range } from '../range/index.ts'
import { presetSites } from '../range/sites.ts'
import { readSse, startTestService, type TestService } from '../server/harness.ts'

const DEADLINE_MS = 3_000

/**
 * Every hostile behaviour in one batch with good sites: each hostile scan ends within its
 * deadline + 1 s with a recorded error, and the good sites are graded as usual.
 */
describe('hostile targets in a batch', () => {
  let range: Range
  let hostile: Record<string, HostileServer>
  let s: TestService

  beforeAll(async () => {
    range = await startRange(presetSites(['clean', 'no-hsts']))
    hostile = await startHostileServers(HOSTILE_KINDS, { maxLifetimeMs: 15_000 })
    s = await startTestService({
      concurrency: 16,
      settings: {
        allowPrivate: false,
        isPublic: (ip) => ip === '127.0.0.1',
        extraPorts: [
          ...Object.values(range.sites).map((x) => x.port),
          ...Object.values(hostile).map((x) => x.port),
        ],
        caFiles: [range.pki.caFile],
        timeoutMs: DEADLINE_MS,
      },
    })
  })
  afterAll(async () => {
    await s?.close()
    await Promise.all(Object.values(hostile ?? {}).map((h) => h.close()))
    await range?.close()
  })

  it('bounds every hostile scan and leaves the others unaffected', async () => {
    const good = [range.site('clean').url, range.site('no-hsts').url]
    const bad = Object.values(hostile).map((h) => h.url)
    const b = await (
      await s.post('/api/batches', { urls: [...bad.slice(0, 4), ...good, ...bad.slice(4)] })
    ).json()
    expect(b.accepted).toBe(bad.length + good.length)
    const events = await readSse(s, `/api/batches/${b.id}/events`, { timeoutMs: 60_000 })
    expect(events.at(-1)?.data.status).toBe('done')
    const rows = (await s.json(`/api/batches/${b.id}/rows?limit=100`)).items
    for (const row of rows) {
      const scan = await s.json(`/api/scans/${row.scanId}`)
      const took = Date.parse(scan.finishedAt) - Date.parse(scan.startedAt)
      expect(took, row.input).toBeLessThanOrEqual(DEADLINE_MS + 1_000)
      if (good.includes(row.input)) {
        expect(scan.status, row.input).toBe('done')
        expect(scan.result.collectorErrors ?? {}).not.toHaveProperty('MainResponse')
        expect(row.grade).toMatch(/^[A-F][+-]?$/)
      } else {
        const kind = Object.values(hostile).find((h) => h.url === row.input)!.kind
        const errors = scan.error ? [scan.error] : Object.values(scan.result?.collectorErrors ?? {})
        const evidence = scan.result
          ? JSON.stringify(await s.json(`/api/scans/${row.scanId}/artifacts`))
          : ''
        const stopped = /"bodyTruncated":true|"stoppedBecause":"(max-hops|loop)"/.test(evidence)
        expect(
          errors.length > 0 || stopped,
          `${kind} records why it could not be scanned normally`
        ).toBeTruthy()
        for (const e of errors as { code: string; message: string }[]) {
          expect(e.code, kind).toMatch(/^E_\w+$/)
          expect(e.message.length, kind).toBeGreaterThan(5)
        }
      }
    }
  })
})
