import { describe, expect, it } from 'vitest'
import { diffScans } from '../../reports/diff.ts'
import { scanReportHtml } from '../../reports/html/report.ts'
import { cleanResult } from '../fixtures/results/clean.ts'
import { fixtureMeta } from '../fixtures/results/rule-meta.ts'
import { weakLater } from '../fixtures/results/weak-later.ts'
import { weakResult } from '../fixtures/results/weak.ts'
import { inspectHtml } from './html-inspect.ts'

describe('diffScans', () => {
  it('splits findings into new, fixed and unchanged by fingerprint', () => {
    const diff = diffScans(weakResult, weakLater())
    expect(diff.sameTarget).toBe(true)
    expect(diff.findings.new.map((f) => f.fingerprint)).toEqual([
      '708192a3b4c5d6e7f801122334455667',
    ])
    expect(diff.findings.fixed.map((f) => f.ruleId)).toEqual(['certificate-expired'])
    expect(diff.findings.unchanged).toHaveLength(5)
  })

  it('matches by fingerprint, not by message text', () => {
    const later = weakLater()
    later.rules[3]!.findings[0]!.message = 'The same cookie, reworded with a new date 2026-12-01.'
    const diff = diffScans(weakResult, later)
    expect(diff.findings.new).toHaveLength(1)
    expect(diff.findings.unchanged.map((f) => f.message)).toContain(
      later.rules[3]!.findings[0]!.message
    )
  })

  it('reports grade changes and rules whose status changed', () => {
    const diff = diffScans(weakResult, weakLater())
    expect(diff.grades.tls).toEqual({ before: 'T', after: 'B', change: 'better' })
    expect(diff.grades.web.change).toBe('same')
    expect(diffScans(weakLater(), weakResult).grades.tls.change).toBe('worse')
    expect(diff.ruleChanges).toEqual([
      {
        ruleId: 'certificate-expired',
        title: 'The certificate is within its validity period',
        before: 'fail',
        after: 'pass',
      },
    ])
  })

  it('lists rules that exist in only one scan and flags a different target', () => {
    const diff = diffScans(cleanResult, weakResult)
    expect(diff.sameTarget).toBe(false)
    expect(diff.ruleChanges).toContainEqual({
      ruleId: 'server-version-disclosed',
      title: 'The server announces its software version',
      before: null,
      after: 'fail',
    })
  })

  it('counts a fingerprint repeated in one scan once', () => {
    const later = weakLater()
    const dup = later.rules[3]!.findings[0]!
    later.rules[3]!.findings.push({ ...dup })
    expect(diffScans(weakResult, later).findings.unchanged).toHaveLength(5)
  })

  it('adds a "changes since" section to the HTML report', () => {
    const html = scanReportHtml(weakLater(), { ruleMeta: fixtureMeta, against: weakResult })
    const { text } = inspectHtml(html)
    expect(text).toContain('Changes since 2026-11-01 08:00 UTC')
    expect(text).toContain('New problems (1)')
    expect(text).toContain('Fixed since last time (1)')
    expect(text).toContain('5 problem(s) unchanged.')
  })
})
