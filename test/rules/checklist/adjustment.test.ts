import { describe, expect, it } from 'vitest'
import { evaluateScanChecks, observationsFromScan } from '../../../rules/checklist/scan-evidence.ts'
import type { ScanObservation } from '../../../rules/checklist/scan-evidence.ts'
import { scoreChecklist } from '../../../rules/checklist/scoring.ts'
import type { Answer } from '../../../rules/checklist/types.ts'
import { SAAS, WEB01_CLEAN, answerAll, makeScan, obs } from './helpers.ts'

function result(id: string, answer: Answer | null, scan: ScanObservation[]) {
  const answers = answerAll(SAAS, 'yes')
  if (answer === null) delete answers[id]
  else answers[id] = answer
  const s = scoreChecklist({ profile: SAAS, answers, scan })
  const r = s.items.find((i) => i.item.id === id)
  if (r === undefined) throw new Error(`${id} not applicable`)
  return { score: s, r }
}

describe('scan check outcomes', () => {
  it('fail beats pass; errors and missing rules stay unknown', () => {
    const outcomes = evaluateScanChecks([
      obs('certificate-expired', 'pass'),
      obs('certificate-name-mismatch', 'fail', 'critical'),
      obs('hsts-missing', 'error'),
      obs('cookie-httponly-missing', 'not-applicable'),
    ])
    expect(outcomes.get('SC-TLS-01')).toMatchObject({ status: 'fail', critical: true })
    expect(outcomes.get('SC-HDR-01')?.status).toBe('unknown')
    expect(outcomes.get('SC-COOKIE-01')?.status).toBe('pass')
    expect(outcomes.get('SC-MAIL-01')?.status).toBe('unknown')
    expect(outcomes.size).toBe(30)
  })

  it('critical only when a condition matches, with its minimum severity', () => {
    const at = (severity: 'high' | 'critical') =>
      evaluateScanChecks([obs('js-library-vulnerable', 'fail', severity)]).get('SC-SW-01')
    expect(at('high')).toMatchObject({ status: 'fail', critical: false })
    expect(at('critical')).toMatchObject({ status: 'fail', critical: true })
    const malware = evaluateScanChecks([obs('js-library-from-compromised-cdn', 'fail', 'high')])
    expect(malware.get('SC-SW-01')).toMatchObject({ status: 'fail', critical: true })
    const deprecated = evaluateScanChecks([obs('tls-protocol-deprecated', 'fail', 'high')])
    expect(deprecated.get('SC-TLS-02')).toMatchObject({ status: 'fail', critical: false })
  })

  it('reads observations from a ScanResult', () => {
    const scan = makeScan([['hsts-missing', 'fail', 'high']])
    expect(observationsFromScan(scan)).toEqual([
      { ruleId: 'hsts-missing', status: 'fail', severity: 'high', title: 'hsts-missing' },
    ])
  })
})

describe('scan adjustment', () => {
  it('a critical fail forces No whatever the owner said', () => {
    const { r, score } = result('WEB-01', 'yes', [obs('certificate-expired', 'fail', 'critical')])
    expect(r.effectiveAnswer).toBe('no')
    expect(r.ownerAnswer).toBe('yes')
    expect(r.adjustment).toBe('critical_fail')
    expect(r.score).toBe(0)
    expect(score.maturity).toBe(0) // WEB-01 is a Level-1 critical item
    expect(score.overall).toBe(96.9) // 100 × 154 / 159
    expect(r.explanation?.en).toContain('Valid HTTPS certificate (certificate-expired)')
    expect(r.explanation?.en).toContain('counts as "No"')
    expect(r.explanation?.['zh-HK']).toContain('有效的 HTTPS 證書（certificate-expired）')
    expect(r.explanation?.['zh-HK']).toContain('「否」')
  })

  it('a critical fail also overrides Partly and N/A', () => {
    const crit = [obs('js-library-end-of-life', 'fail', 'medium')]
    expect(result('WEB-04', 'partly', crit).r.effectiveAnswer).toBe('no')
    expect(result('SYS-01', 'unsure', crit).r.effectiveAnswer).toBe('no')
    const alreadyNo = result('WEB-04', 'no', crit).r
    expect(alreadyNo).toMatchObject({ effectiveAnswer: 'no', adjustment: 'critical_fail' })
    expect(alreadyNo.explanation).toBeUndefined()
  })

  it('another failed check on a Yes item → Partly', () => {
    const { r } = result('WEB-01', 'yes', [...WEB01_CLEAN, obs('hsts-missing', 'fail', 'medium')])
    expect(r.effectiveAnswer).toBe('partly')
    expect(r.adjustment).toBe('scan_failed')
    expect(r.score).toBe(0.5)
    expect(r.failedRuleIds).toEqual(['hsts-missing'])
    expect(r.explanation?.en).toContain('HSTS header (hsts-missing)')
    expect(r.explanation?.['zh-HK']).toContain('「部分做到／只限部分系統」')
  })

  it('a non-critical fail on a No or Partly item leaves the answer alone', () => {
    const fail = [obs('hsts-missing', 'fail', 'medium')]
    expect(result('WEB-01', 'no', fail).r).toMatchObject({
      effectiveAnswer: 'no',
      failedChecks: ['SC-HDR-01'],
    })
    expect(result('WEB-01', 'partly', fail).r.adjustment).toBeUndefined()
  })

  it('can_contradict: a fail downgrades, a clean scan proves nothing', () => {
    const vulnerable = result('WEB-04', 'yes', [obs('cms-outdated', 'fail', 'high')]).r
    expect(vulnerable.effectiveAnswer).toBe('partly')
    const clean = result('WEB-04', 'no', [obs('cms-outdated', 'pass')]).r
    expect(clean).toMatchObject({ effectiveAnswer: 'no', evidence: 'self_declared' })
    expect(clean.suggestion).toBeUndefined()
  })

  it('verifies + every mapped check passes → scan_verified evidence', () => {
    const { r } = result('WEB-01', 'yes', WEB01_CLEAN)
    expect(r).toMatchObject({ effectiveAnswer: 'yes', evidence: 'scan_verified' })
    expect(r.explanation).toBeUndefined()
    // Independent evidence is stronger and is kept.
    const indep = scoreChecklist({
      profile: SAAS,
      answers: { 'WEB-01': { answer: 'yes', evidence: 'independent' } },
      scan: WEB01_CLEAN,
    }).items.find((i) => i.item.id === 'WEB-01')
    expect(indep?.evidence).toBe('independent')
  })

  it('verifies but one check unknown → not verified', () => {
    const partial = WEB01_CLEAN.filter((o) => o.ruleId !== 'hsts-missing')
    expect(result('WEB-01', 'yes', partial).r.evidence).toBe('self_declared')
  })

  it('No or Not sure with a clean verifies scan → suggest Yes, never change it', () => {
    for (const answer of ['no', 'unsure', null] as const) {
      const { r } = result('WEB-01', answer, WEB01_CLEAN)
      expect(r.effectiveAnswer).toBe(answer)
      expect(r.suggestion).toBe('yes')
      expect(r.explanation?.en).toContain('consider changing your answer to "Yes, fully"')
      expect(r.explanation?.['zh-HK']).toContain('系統不會自動替你更改')
    }
  })

  it('indicates items are never adjusted', () => {
    const { r } = result('WEB-07', 'yes', [obs('certificate-expired', 'fail', 'critical')])
    expect(r.effectiveAnswer).toBe('yes')
    expect(r.adjustment).toBeUndefined()
    expect(r.failedChecks).toEqual(['SC-TLS-01']) // kept for prioritising
  })

  it('cookie-* rules feed WEB-02 via SC-COOKIE-01', () => {
    const { r } = result('WEB-02', 'yes', [obs('cookie-secure-missing', 'fail', 'medium')])
    expect(r).toMatchObject({ effectiveAnswer: 'partly', failedChecks: ['SC-COOKIE-01'] })
  })

  it('without a scan nothing is adjusted', () => {
    const s = scoreChecklist({ profile: SAAS, answers: answerAll(SAAS, 'yes') })
    expect(s.scanApplied).toBe(false)
    expect(s.items.every((i) => i.adjustment === undefined && i.failedChecks.length === 0)).toBe(
      true
    )
  })
})
