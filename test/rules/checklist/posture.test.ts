import { describe, expect, it } from 'vitest'
import { combinedPosture, scanScore } from '../../../rules/checklist/posture.ts'
import { observationsFromScan } from '../../../rules/checklist/scan-evidence.ts'
import { scoreChecklist } from '../../../rules/checklist/scoring.ts'
import { SAAS, answerAll, makeScan } from './helpers.ts'

// Weights from rules/scoring.ts: critical 10, high 5, medium 3, low 1, info 0.
const SCAN = makeScan([
  ['certificate-expired', 'pass', 'critical', 'tls'], // 10 passed
  ['hsts-missing', 'fail', 'high'], // 5 failed → WEB-01 (answered Yes → Partly)
  ['x-content-type-options-missing', 'pass', 'medium'], // 3 passed
  ['unlinked-rule', 'fail', 'high'], // 5 failed, no checklist link
  ['server-banner-info', 'fail', 'info'], // info: not scored, not listed
  ['csp-missing', 'not-applicable', 'medium'],
])

function checklistFor(scan: typeof SCAN | null) {
  return scoreChecklist({
    profile: SAAS,
    answers: answerAll(SAAS, 'yes', { 'GOV-01': 'no' }),
    scan: scan === null ? null : observationsFromScan(scan),
  })
}

describe('combined posture', () => {
  it('scan score is the severity-weighted share of passed rules', () => {
    expect(scanScore(SCAN)).toBeCloseTo((100 * 13) / 23, 6)
    expect(scanScore(makeScan([['csp-missing', 'error', 'high']]))).toBeNull()
  })

  it('50/50 when both exist', () => {
    const checklist = checklistFor(SCAN)
    // GOV-01 No (−3) and WEB-01 Partly after the scan (−2.5): 100 × 153.5 / 159 = 96.5
    expect(checklist.overall).toBe(96.5)
    const p = combinedPosture(SCAN, checklist)
    expect(p.basis).toBe('combined')
    expect(p.scanScore).toBe(57)
    expect(p.score).toBe(77) // 0.5 × 56.52 + 0.5 × 96.5 = 76.5
    expect(p.maturity).toBe(0) // the scan made WEB-01, a Level-1 critical item, Partly
    expect(p.warnings).toEqual([])
  })

  it('checklist-only and scan-only use the one input', () => {
    const checklist = checklistFor(null)
    expect(combinedPosture(null, checklist)).toMatchObject({
      basis: 'checklist-only',
      score: 98,
      scanScore: null,
      maturity: 1,
    })
    expect(combinedPosture(SCAN, null)).toMatchObject({
      basis: 'scan-only',
      score: 57,
      checklistScore: null,
      maturity: null,
    })
    expect(combinedPosture(null, null)).toMatchObject({ basis: 'none', score: null })
  })

  it('warns when the checklist was scored without the scan', () => {
    expect(combinedPosture(SCAN, checklistFor(null)).warnings).toHaveLength(1)
  })

  it('fix first mixes scan findings and checklist items by risk, folding linked findings', () => {
    const p = combinedPosture(SCAN, checklistFor(SCAN))
    const summary = p.fixFirst.map((e) =>
      e.kind === 'scan'
        ? ['scan', e.rule.ruleId, e.risk]
        : ['item', e.entry.item.id, e.risk, e.scanRuleIds]
    )
    expect(summary).toEqual([
      ['scan', 'unlinked-rule', 9], // high × internet-facing; a confirmed finding wins the tie
      ['item', 'WEB-01', 9, ['hsts-missing']], // critical item, related scan failure
      ['item', 'GOV-01', 6, []],
    ])
    expect(
      p.fixFirst.every((e) => e.band === (e.risk >= 9 ? 'high' : e.risk >= 4 ? 'medium' : 'low'))
    ).toBe(true)
  })

  it('scan findings rank by severity among themselves', () => {
    const scan = makeScan([
      ['low-thing', 'fail', 'low'],
      ['medium-thing', 'fail', 'medium'],
      ['critical-thing', 'fail', 'critical'],
      ['high-thing', 'fail', 'high'],
    ])
    const p = combinedPosture(scan, null)
    expect(p.fixFirst.map((e) => (e.kind === 'scan' ? e.rule.ruleId : ''))).toEqual([
      'critical-thing',
      'high-thing',
      'medium-thing',
      'low-thing',
    ])
  })
})
