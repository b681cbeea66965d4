/** The checklist fed by real rule results: the engine runs real rules on artifact fixtures. */
import { describe, expect, it } from 'vitest'
import { combinedPosture } from '../../../rules/checklist/posture.ts'
import { observationsFromScan } from '../../../rules/checklist/scan-evidence.ts'
import { scoreChecklist } from '../../../rules/checklist/scoring.ts'
import { evaluate } from '../../../rules/engine.ts'
import { certificateExpired } from '../../../rules/tls/certificate-expired.ts'
import { certificateNameMismatch } from '../../../rules/tls/certificate-name-mismatch.ts'
import { makeCertificate, makeCollected, makeHandshake } from '../../fixtures/artifacts.ts'
import { SAAS, answerAll } from './helpers.ts'

const rules = [certificateExpired, certificateNameMismatch]

function scanWith(validTo: string) {
  const handshake = makeHandshake({ chain: [makeCertificate({ validTo })] })
  return evaluate(makeCollected({ TlsHandshake: handshake }), { rules })
}

describe('checklist with engine results', () => {
  it('an expired certificate found by the engine forces WEB-01 to No', () => {
    const scan = scanWith('2026-02-01T00:00:00.000Z')
    expect(scan.rules.find((r) => r.ruleId === 'certificate-expired')?.status).toBe('fail')
    const checklist = scoreChecklist({
      profile: SAAS,
      answers: answerAll(SAAS, 'yes'),
      scan: observationsFromScan(scan),
    })
    const web01 = checklist.items.find((r) => r.item.id === 'WEB-01')
    expect(web01).toMatchObject({
      ownerAnswer: 'yes',
      effectiveAnswer: 'no',
      adjustment: 'critical_fail',
    })
    expect(checklist.maturity).toBe(0)
    const posture = combinedPosture(scan, checklist)
    const first = posture.fixFirst[0]
    expect(first?.kind === 'checklist' && first.entry.item.id).toBe('WEB-01')
    expect(first?.kind === 'checklist' && first.scanRuleIds).toEqual(['certificate-expired'])
  })

  it('a valid certificate alone does not verify WEB-01 (other checks not run)', () => {
    const scan = scanWith('2027-01-01T00:00:00.000Z')
    const checklist = scoreChecklist({
      profile: SAAS,
      answers: answerAll(SAAS, 'yes'),
      scan: observationsFromScan(scan),
    })
    const web01 = checklist.items.find((r) => r.item.id === 'WEB-01')
    expect(web01).toMatchObject({ effectiveAnswer: 'yes', evidence: 'self_declared' })
    expect(combinedPosture(scan, checklist)).toMatchObject({ basis: 'combined', score: 100 })
  })
})
