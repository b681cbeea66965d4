import { describe, expect, it } from 'vitest'
import { FINGERPRINT_KEY, sarifLog } from '../../reports/sarif.ts'
import { cleanResult } from '../fixtures/results/clean.ts'
import { errorsResult } from '../fixtures/results/errors.ts'
import { PAYLOAD } from '../fixtures/results/payloads.ts'
import { fixtureMeta } from '../fixtures/results/rule-meta.ts'
import { weakLater } from '../fixtures/results/weak-later.ts'
import { weakResult } from '../fixtures/results/weak.ts'
import { sarifValidator } from './sarif-schema.ts'

const validate = sarifValidator()

function expectValid(log: unknown): void {
  const ok = validate(log)
  expect(ok ? [] : validate.errors).toEqual([])
}

type Run = {
  tool: { driver: { rules: Record<string, unknown>[] } }
  results: Record<string, unknown>[]
}

describe('SARIF 2.1.0', () => {
  it('validates against the official schema for every fixture', () => {
    for (const r of [cleanResult, weakResult, errorsResult])
      expectValid(sarifLog(r, { ruleMeta: fixtureMeta }))
    expectValid(sarifLog(weakLater(), { ruleMeta: fixtureMeta, against: weakResult }))
    expectValid(sarifLog([cleanResult, weakResult, errorsResult], { ruleMeta: fixtureMeta }))
    expectValid(sarifLog(weakResult)) // real registry: unknown rules fall back to the result
  })

  it('the validator really rejects broken logs', () => {
    const log = sarifLog(weakResult, { ruleMeta: fixtureMeta }) as { runs: Run[] }
    log.runs[0]!.results[0]!.level = 'fatal'
    expect(validate(log)).toBe(false)
    expect(validate({ version: '2.1.0' })).toBe(false)
  })

  it('maps rule meta to descriptors and findings to results with stable fingerprints', () => {
    const log = sarifLog(weakResult, { ruleMeta: fixtureMeta }) as { runs: Run[] }
    const run = log.runs[0]!
    const rules = run.tool.driver.rules
    const hsts = rules.find((r) => r.id === 'hsts-missing')!
    expect(hsts).toMatchObject({
      name: 'HstsMissing',
      shortDescription: { text: 'Browsers are told to always use HTTPS (HSTS)' },
      helpUri: 'https://www.rfc-editor.org/rfc/rfc6797',
      defaultConfiguration: { level: 'warning' },
    })
    expect((hsts.help as { markdown: string }).markdown).toContain('Header always set')
    // javascript: references are never offered as helpUri.
    const redirect = rules.find((r) => r.id === 'https-redirect-missing')!
    expect(redirect.helpUri).toBe('https://developer.mozilla.org/en-US/docs/Web/HTTP/Redirections')
    expect(run.results).toHaveLength(6)
    const first = run.results[0]!
    expect(first).toMatchObject({
      ruleId: 'certificate-expired',
      level: 'error',
      partialFingerprints: { [FINGERPRINT_KEY]: '1a2b3c4d5e6f708192a3b4c5d6e7f801' },
      locations: [
        { physicalLocation: { artifactLocation: { uri: 'https://xn--wek-yla.example.test/' } } },
      ],
    })
    expect(rules[first.ruleIndex as number]!.id).toBe('certificate-expired')
    expect(JSON.stringify(log)).toContain(PAYLOAD.script) // message text is data, kept verbatim
  })

  it('marks results new, unchanged or absent against an older scan', () => {
    const log = sarifLog(weakLater(), { ruleMeta: fixtureMeta, against: weakResult }) as {
      runs: Run[]
    }
    const states = log.runs[0]!.results.map((r) => r.baselineState)
    expect(states.filter((s) => s === 'new')).toHaveLength(1)
    expect(states.filter((s) => s === 'absent')).toHaveLength(1)
    expect(states.filter((s) => s === 'unchanged')).toHaveLength(5)
  })

  it('never puts an invalid URI in a location', () => {
    const r = structuredClone(weakResult)
    r.target.url = PAYLOAD.attribute
    const log = sarifLog(r, { ruleMeta: fixtureMeta })
    expectValid(log)
    expect(JSON.stringify(log)).toContain('"uri":"about:invalid"')
  })
})
