/**
 * Offline comparison with the MDN HTTP Observatory 1.4.8: for each range site, the fixture holds
 * the Observatory's JSON and our collected artifacts from the same scan run (recorded by
 * `npm run compare:observatory -- --record`). Replayed with the Observatory's choices our module
 * must reproduce every test result, score and grade; with ours it may differ only where documented.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { CollectedArtifacts } from '../../scanner/artifacts.ts'
import {
  observatoryInput,
  OBSERVATORY_COMPAT,
  scoreObservatory,
} from '../../rules/grades/observatory/index.ts'
import { gradeWeb } from '../../rules/grades/web.ts'

interface Fixture {
  site: string
  observatory: {
    scan?: { score: number; grade: string; testsPassed: number }
    tests?: Record<string, { result: string; scoreModifier: number; pass: boolean }>
    error?: string
  }
  collected: CollectedArtifacts
}

const DIR = join(import.meta.dirname, '..', 'fixtures', 'observatory')
const fixtures: Fixture[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join(DIR, f), 'utf8')) as Fixture)

/** headers.md §5 / rules/grades/observatory/README.md: where HarbourScan differs on purpose. */
const DELIBERATE: Record<string, string[]> = {
  'web-cors-reflect': ['cross-origin-resource-sharing'],
  'web-sri-other-port': ['subresource-integrity'],
}

describe('Observatory 1.4.8 parity on recorded range scans', () => {
  it('has the recorded sites', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(30)
  })

  for (const f of fixtures.filter((x) => x.observatory.error)) {
    it(`${f.site}: gives no grade where the Observatory refuses to (${f.observatory.error})`, () => {
      expect(gradeWeb(f.collected, []).letter).toBeNull()
    })
  }

  for (const f of fixtures.filter((x) => x.observatory.scan && x.observatory.tests)) {
    const observatory = f.observatory as Required<Omit<Fixture['observatory'], 'error'>>
    describe(f.site, () => {
      const input = observatoryInput(f.collected)

      it('reproduces every Observatory test result, score and grade in compatibility mode', () => {
        expect(input).not.toBeNull()
        const compat = scoreObservatory(input!, OBSERVATORY_COMPAT)
        for (const [name, t] of Object.entries(observatory.tests)) {
          const mine = compat.tests[name as keyof typeof compat.tests]
          expect(mine?.result, name).toBe(t.result)
          expect(mine?.modifier, name).toBe(t.scoreModifier)
          expect(mine?.pass, name).toBe(t.pass)
        }
        expect(compat.score).toBe(observatory.scan.score)
        expect(compat.grade).toBe(observatory.scan.grade)
        expect(compat.testsPassed).toBe(observatory.scan.testsPassed)
      })

      it('grades the same except for documented deliberate differences', () => {
        const web = gradeWeb(f.collected, [])
        const tests = (web.details as { tests: Record<string, { result: string }> }).tests
        const differing = Object.entries(observatory.tests)
          .filter(([name, t]) => tests[name]?.result !== t.result)
          .map(([name]) => name)
        expect(differing).toEqual(DELIBERATE[f.site] ?? [])
        if (!DELIBERATE[f.site]) {
          expect(web.score).toBe(observatory.scan.score)
          expect(web.letter).toBe(observatory.scan.grade)
        }
      })
    })
  }
})
