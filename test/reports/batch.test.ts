import { describe, expect, it } from 'vitest'
import { summarizeBatch } from '../../reports/batch-summary.ts'
import { batchSummaryHtml } from '../../reports/html/batch.ts'
import type { BatchRow } from '../../reports/types.ts'
import { cleanResult } from '../fixtures/results/clean.ts'
import { PAYLOAD } from '../fixtures/results/payloads.ts'
import { weakResult } from '../fixtures/results/weak.ts'
import { batchRows } from './batch-rows.ts'
import { inspectHtml } from './html-inspect.ts'

describe('batch summary', () => {
  it('counts grades, worst sites first, failed scans last', () => {
    const s = summarizeBatch(batchRows())
    expect(s).toMatchObject({ total: 5, scanned: 3, notScanned: 2 })
    const count = (label: string) => s.distribution.find((d) => d.label === label)?.count
    expect([count('A+'), count('C'), count('T'), count('F'), count('Scan failed')]).toEqual([
      1, 1, 1, 0, 2,
    ])
    expect(s.sites.map((x) => x.overall ?? x.error?.code)).toEqual([
      'T',
      'C',
      'A+',
      'E_BLOCKED_DESTINATION',
      'E_INVALID_TARGET',
    ])
  })

  it('ranks the most common problems by number of sites', () => {
    const rows: BatchRow[] = [
      { input: 'a', result: weakResult },
      { input: 'b', result: weakResult },
      { input: 'c', result: cleanResult },
    ]
    const top = summarizeBatch(rows).commonFindings
    expect(top[0]).toMatchObject({ ruleId: 'certificate-expired', sites: 2, severity: 'critical' })
    expect(top.every((f) => f.sites === 2)).toBe(true)
  })

  it('renders an inline SVG chart and escapes every site string', () => {
    const rows = batchRows()
    rows.push({ input: PAYLOAD.script, error: { code: PAYLOAD.attribute, message: PAYLOAD.jsUrl } })
    const html = batchSummaryHtml(rows)
    const parsed = inspectHtml(html)
    expect(parsed.tags).toContain('svg')
    expect(parsed.tags.filter((t) => t === 'rect').length).toBeGreaterThanOrEqual(10)
    expect(parsed.tags).not.toContain('script')
    expect(parsed.tags).not.toContain('img')
    expect(parsed.attributes.filter((a) => a.name.startsWith('on'))).toEqual([])
    expect(parsed.text).toContain(PAYLOAD.script)
    expect(parsed.text).toContain('Most common problems')
    expect(parsed.text).toContain('6 sites: 3 scanned, 3 could not be scanned.')
  })
})
