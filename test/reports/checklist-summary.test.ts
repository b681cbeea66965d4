import { describe, expect, it } from 'vitest'
import { summarizeChecklist, toChecklistSummary } from '../../reports/checklist-summary.ts'
import { scanReportHtml } from '../../reports/html/report.ts'
import { scoreChecklist } from '../../rules/checklist/scoring.ts'
import type { ProfileAnswers } from '../../rules/checklist/types.ts'
import { fixtureMeta } from '../fixtures/results/rule-meta.ts'
import { weakResult } from '../fixtures/results/weak.ts'
import { inspectHtml } from './html-inspect.ts'

const SAAS: ProfileAnswers = { 'PQ-1': ['saas_only'], 'PQ-2': 'builder', 'PQ-3': true }

describe('checklist summary from the real checklist scoring', () => {
  const score = scoreChecklist({
    profile: SAAS,
    answers: { 'GOV-01': 'yes', 'GOV-02': 'partly', 'GOV-03': 'no' },
  })

  it('keeps score and maturity and lists the gaps worst first', () => {
    const summary = summarizeChecklist(score)
    expect(summary.score).toBe(score.overall ?? 0)
    expect(summary.level).toBe(score.maturity)
    const ids = summary.items!.map((i) => i.id)
    expect(ids).toContain('GOV-03')
    expect(ids).not.toContain('GOV-01') // answered yes: not a gap
    expect(summary.items!.length).toBeLessThanOrEqual(30)
  })

  it('accepts either shape and refuses anything else', () => {
    expect(toChecklistSummary(score)?.level).toBe(score.maturity)
    expect(toChecklistSummary({ score: 50, level: 1 })).toEqual({ score: 50, level: 1 })
    expect(toChecklistSummary({ score: 'high' })).toBeUndefined()
  })

  it('shows up in the HTML report', () => {
    const checklist = summarizeChecklist(score)
    const { text } = inspectHtml(scanReportHtml(weakResult, { ruleMeta: fixtureMeta, checklist }))
    expect(text).toContain('Security practice checklist')
    expect(text).toContain('GOV-03')
  })
})
