import { describe, expect, it } from 'vitest'
import { scoreChecklist } from '../../../rules/checklist/scoring.ts'
import type { ChecklistScore } from '../../../rules/checklist/scoring.ts'
import { ROOM, SAAS, answerAll } from './helpers.ts'

const domain = (s: ChecklistScore, id: string) => s.domains.find((d) => d.domain === id)?.score

// SaaS profile: 54 items, total weight 159; Level-1 weight 116; Level 1+2 weight 157.
describe('checklist scoring', () => {
  it('domain score is the weighted mean; N/A with a reason is left out', () => {
    const s = scoreChecklist({
      profile: SAAS,
      answers: {
        'GOV-01': 'yes', // high, 3 × 1
        'GOV-02': 'partly', // medium, 2 × 0.5
        'GOV-03': 'no', // high, 3 × 0
        'GOV-04': { answer: 'na', naReason: 'Sole trader, no contracts with security terms' },
      },
    })
    expect(domain(s, 'GOV')).toBe(50) // 100 × 4 / 8
    expect(s.warnings).toEqual([])
  })

  it('N/A without a reason on an applicable item counts as Not sure', () => {
    const s = scoreChecklist({
      profile: SAAS,
      answers: { 'GOV-01': 'yes', 'GOV-02': 'partly', 'GOV-03': 'no', 'GOV-04': 'na' },
    })
    expect(domain(s, 'GOV')).toBe(40) // 100 × 4 / 10
    expect(s.warnings).toHaveLength(1)
    expect(s.warnings[0]?.en).toContain('GOV-04')
    expect(s.warnings[0]?.['zh-HK']).toContain('「不適用」須附書面理由')
    expect(s.items.find((r) => r.item.id === 'GOV-04')?.needsChecking).toBe(true)
  })

  it('a domain the profile excludes has no score', () => {
    const s = scoreChecklist({ profile: SAAS, answers: answerAll(SAAS, 'yes') })
    expect(domain(s, 'PHY')).toBeNull()
    expect(s.domains.find((d) => d.domain === 'PHY')?.applicable).toBe(0)
  })

  it('overall index over all applicable items', () => {
    const allYes = scoreChecklist({ profile: SAAS, answers: answerAll(SAAS, 'yes') })
    expect(allYes.overall).toBe(100)
    expect(allYes.applicable).toBe(54)
    expect(allYes.answered).toBe(54)
    const oneCriticalNo = scoreChecklist({
      profile: SAAS,
      answers: answerAll(SAAS, 'yes', { 'NET-02': 'no' }),
    })
    expect(oneCriticalNo.overall).toBe(96.9) // 100 × 154 / 159
    const room = scoreChecklist({
      profile: ROOM,
      answers: answerAll(ROOM, 'yes', { 'PHY-01': 'partly' }),
    })
    expect(domain(room, 'PHY')).toBe(88.1) // 100 × 18.5 / 21
    expect(room.overall).toBe(98.7) // 100 × 188.5 / 191
  })

  it('unanswered items score 0 and need checking', () => {
    const s = scoreChecklist({ profile: SAAS, answers: {} })
    expect(s.overall).toBe(0)
    expect(s.answered).toBe(0)
    expect(s.maturity).toBe(0)
    expect(s.items.every((r) => r.needsChecking)).toBe(true)
  })

  it('Not sure scores 0 like No but is flagged as needing a check', () => {
    const s = scoreChecklist({
      profile: SAAS,
      answers: answerAll(SAAS, 'yes', { 'LOG-01': 'unsure' }),
    })
    expect(s.overall).toBe(98.1) // 100 × 156 / 159
    const log = s.items.find((r) => r.item.id === 'LOG-01')
    expect(log?.score).toBe(0)
    expect(log?.needsChecking).toBe(true)
  })

  it('counts evidence confidence without multiplying it into the score', () => {
    const s = scoreChecklist({
      profile: SAAS,
      answers: answerAll(SAAS, { answer: 'yes', evidence: 'document' }, { 'GOV-01': 'yes' }),
    })
    expect(s.overall).toBe(100)
    expect(s.evidence).toEqual({ self_declared: 1, document: 53, scan_verified: 0, independent: 0 })
  })
})

describe('maturity levels', () => {
  const level = (
    answers: Parameters<typeof answerAll>[2],
    fill: Parameters<typeof answerAll>[1] = 'yes'
  ) => scoreChecklist({ profile: SAAS, answers: answerAll(SAAS, fill, answers) }).maturity

  it('0 when a Level-1 critical item is not Yes', () => {
    expect(level({ 'NET-02': 'no' })).toBe(0)
    expect(level({ 'BCK-02': 'partly' })).toBe(0)
    expect(level({ 'WEB-01': 'unsure' })).toBe(0)
  })

  it('0 when criticals are Yes but the Level-1 score is under 80%', () => {
    const l1NonCritical = ['GOV-01', 'GOV-02', 'GOV-04', 'AST-01', 'AST-02', 'AST-04', 'VEN-01']
    const answers = Object.fromEntries(
      [...l1NonCritical, 'VEN-04', 'IAM-01', 'IAM-03', 'IAM-04', 'IAM-06', 'SYS-03', 'SYS-04'].map(
        (id) => [id, 'no' as const]
      )
    )
    // Level-1 weight lost: 3+2+2+3+3+2+3+3+3+3+3+2+3+3 = 38 of 116 → 67%.
    expect(level(answers)).toBe(0)
  })

  it('1 when a Level-1 high item is No (no Level 2 with a high No)', () => {
    expect(level({ 'GOV-01': 'no' })).toBe(1)
  })

  it('1 when the Level 1+2 score is under 80%', () => {
    const l2 = scoreChecklist({ profile: SAAS, answers: answerAll(SAAS, 'yes') })
      .items.filter((r) => r.item.level === 2)
      .map((r) => [r.item.id, 'partly' as const])
    // Level-2 weight 41 at half → (116 + 20.5) / 157 = 86.9%: still Level 2 ...
    expect(level(Object.fromEntries(l2))).toBe(2)
    // ... all Level-2 items No → 116 / 157 = 73.9%: Level 1.
    expect(level(Object.fromEntries(l2.map(([id]) => [id, 'no' as const])))).toBe(1)
  })

  it('2 when everything is Yes but only self-declared', () => {
    expect(level({})).toBe(2)
    // Not sure on a Level-2 high item is not "answered No".
    expect(level({ 'GOV-03': 'unsure' })).toBe(2)
  })

  it('3 with documented evidence, overall ≥ 85% and GOV-03 Yes', () => {
    const documented = { answer: 'yes', evidence: 'document' } as const
    expect(level({}, documented)).toBe(3)
    expect(level({ 'GOV-03': { answer: 'partly', evidence: 'document' } }, documented)).toBe(2)
    // One high item without evidence blocks Level 3.
    expect(level({ 'IAM-01': 'yes' }, documented)).toBe(2)
    // A medium item may stay self-declared.
    expect(level({ 'GOV-02': 'yes' }, documented)).toBe(3)
  })

  it('3 needs an overall score of at least 85%', () => {
    const documented = { answer: 'yes', evidence: 'document' } as const
    const mediumNo = ['VEN-05', 'VEN-06', 'NET-06', 'SYS-05', 'WEB-02', 'WEB-07', 'WEB-09']
    const more = ['WEB-10', 'LOG-02', 'BCK-05', 'IR-03', 'PPL-02', 'GOV-02']
    const answers = Object.fromEntries([...mediumNo, ...more].map((id) => [id, 'no' as const]))
    const s = scoreChecklist({ profile: SAAS, answers: answerAll(SAAS, documented, answers) })
    // Lost weight 25: overall 134 / 159 = 84.3 %, Level 1+2 132 / 157 = 84.1 % → Managed only.
    expect(s.overall).toBe(84.3)
    expect(s.maturity).toBe(2)
    // Back to Yes on two items (lost 21): overall 86.8 % → Resilient.
    const fewer = { ...answers, 'WEB-10': documented, 'LOG-02': documented }
    expect(
      scoreChecklist({ profile: SAAS, answers: answerAll(SAAS, documented, fewer) }).maturity
    ).toBe(3)
  })
})
