import { describe, expect, it } from 'vitest'
import { getItem } from '../../../rules/checklist/model.ts'
import {
  impactOf,
  isInternetFacing,
  prioritize,
  riskBand,
  topToFix,
} from '../../../rules/checklist/priority.ts'
import { scoreChecklist } from '../../../rules/checklist/scoring.ts'
import type { ProfileAnswers } from '../../../rules/checklist/types.ts'
import { SAAS, answerAll, obs } from './helpers.ts'

const GAPS = {
  'WEB-05': 'no', // high L1, internet-facing → 3 × 3 = 9
  'NET-02': 'no', // critical L1, scan-linkable → 3 × 3 = 9, weight 5
  'GOV-01': 'no', // high L1 → 3 × 2 = 6
  'AST-03': 'unsure', // high L2 → 3 × 2 = 6 (check first)
  'LOG-01': 'no', // high L2 → 3 × 2 = 6
  'GOV-02': 'partly', // medium L1 → 2 × 1 = 2
  'IR-04': 'no', // low L3 → 1 × 2 = 2
} as const

function entries(profile: ProfileAnswers) {
  return prioritize(scoreChecklist({ profile, answers: answerAll(profile, 'yes', GAPS) }))
}

describe('remediation priority (ISPG-SM01 matrix)', () => {
  it('impact and bands follow the 3×3 matrix', () => {
    expect(['critical', 'high', 'medium', 'low'].map((s) => impactOf(s as 'high'))).toEqual([
      3, 3, 2, 1,
    ])
    expect([9, 6, 4, 3, 2, 1].map(riskBand)).toEqual([
      'high',
      'medium',
      'medium',
      'low',
      'low',
      'low',
    ])
    expect(isInternetFacing(getItem('WEB-05')!)).toBe(true)
    expect(isInternetFacing(getItem('NET-02')!)).toBe(true)
    expect(isInternetFacing(getItem('GOV-01')!)).toBe(false)
    expect(isInternetFacing(getItem('LOG-01')!)).toBe(false) // tagged website, but internal
    expect(isInternetFacing(getItem('VEN-02')!)).toBe(false) // indicates only
  })

  it('orders by risk, then lower level, then higher weight, then catalogue order', () => {
    const list = entries(SAAS)
    expect(list.map((e) => [e.item.id, e.risk])).toEqual([
      ['NET-02', 9],
      ['WEB-05', 9],
      ['GOV-01', 6],
      ['AST-03', 6],
      ['LOG-01', 6],
      ['GOV-02', 2],
      ['IR-04', 2],
    ])
    expect(list.map((e) => e.band)).toEqual([
      'high',
      'high',
      'medium',
      'medium',
      'medium',
      'low',
      'low',
    ])
    expect(list.find((e) => e.item.id === 'AST-03')?.action).toBe('check')
    expect(list.find((e) => e.item.id === 'GOV-01')?.action).toBe('fix')
  })

  it('personal data (PQ-5) raises likelihood on AST and BCK items', () => {
    const list = entries({ ...SAAS, 'PQ-5': true })
    expect(list.map((e) => e.item.id).slice(0, 5)).toEqual([
      'NET-02',
      'WEB-05',
      'AST-03',
      'GOV-01',
      'LOG-01',
    ])
    expect(list.find((e) => e.item.id === 'AST-03')).toMatchObject({ likelihood: 3, risk: 9 })
  })

  it('a related scan failure makes likelihood 3', () => {
    const s = scoreChecklist({
      profile: SAAS,
      answers: answerAll(SAAS, 'yes', { 'GOV-01': 'no' }),
      scan: [obs('js-library-vulnerable', 'fail', 'high')],
    })
    const list = prioritize(s)
    expect(list[0]).toMatchObject({
      likelihood: 3,
      risk: 9,
      failedRuleIds: ['js-library-vulnerable'],
    })
    // SC-SW-01 gives evidence for SYS-01, SYS-02 (critical) and WEB-04 (high): all Partly now.
    expect(list.map((e) => e.item.id)).toEqual(['SYS-01', 'SYS-02', 'WEB-04', 'GOV-01'])
    expect(list.map((e) => e.risk)).toEqual([9, 9, 9, 6])
  })

  it('top 5 to fix this month', () => {
    const s = scoreChecklist({ profile: SAAS, answers: answerAll(SAAS, 'yes', GAPS) })
    expect(topToFix(s).map((e) => e.item.id)).toEqual([
      'NET-02',
      'WEB-05',
      'GOV-01',
      'AST-03',
      'LOG-01',
    ])
    expect(topToFix(s, 2)).toHaveLength(2)
    const clean = scoreChecklist({ profile: SAAS, answers: answerAll(SAAS, 'yes') })
    expect(topToFix(clean)).toEqual([])
  })
})
