import { describe, it } from 'vitest'
import { render } from '../../reports/render.ts'
import type { Format } from '../../reports/render.ts'
import type { ScanResult } from '../../rules/types.ts'
import { cleanResult } from '../fixtures/results/clean.ts'
import { errorsResult } from '../fixtures/results/errors.ts'
import { fixtureMeta } from '../fixtures/results/rule-meta.ts'
import { weakLater } from '../fixtures/results/weak-later.ts'
import { weakResult } from '../fixtures/results/weak.ts'
import { batchRows } from './batch-rows.ts'
import { expectGolden } from './golden.ts'

const FIXTURES: Record<string, ScanResult> = {
  clean: cleanResult,
  weak: weakResult,
  errors: errorsResult,
}
const EXTENSION: Record<Format, string> = {
  json: 'json',
  html: 'html',
  csv: 'csv',
  sarif: 'sarif.json',
}
const FORMATS: Format[] = ['json', 'html', 'csv', 'sarif']
const options = { ruleMeta: fixtureMeta }

describe('golden reports', () => {
  for (const [name, result] of Object.entries(FIXTURES)) {
    for (const format of FORMATS) {
      it(`${name} as ${format}`, () => {
        expectGolden(`${name}.${EXTENSION[format]}`, render(result, format, options))
      })
    }
  }

  for (const format of FORMATS) {
    it(`diff of the weak site a month later as ${format}`, () => {
      const out = render(weakLater(), format, { ...options, against: weakResult })
      expectGolden(`weak-diff.${EXTENSION[format]}`, out)
    })
  }

  for (const format of FORMATS) {
    it(`batch summary as ${format}`, () => {
      expectGolden(`batch.${EXTENSION[format]}`, render(batchRows(), format, options))
    })
  }

  it('weak site with a checklist summary as html', () => {
    const checklist = {
      score: 62.4,
      level: 1,
      items: [
        {
          id: 'GOV-03',
          title: 'Incident response plan is written and tested',
          answer: 'no',
          severity: 'high',
        },
        { id: 'WEB-01', title: `HTTPS everywhere ${'<b>'}`, answer: 'partly' },
      ],
    }
    expectGolden('weak-checklist.html', render(weakResult, 'html', { ...options, checklist }))
  })
})
