import type { CollectedArtifacts } from '../../scanner/artifacts.ts'
import type { Grade, RuleResult } from '../types.ts'

export const TLS_GRADE_ALGORITHM = 'harbourscan-tls-basic/1'

const failed = (rules: readonly RuleResult[], id: string) =>
  rules.some((r) => r.ruleId === id && r.status === 'fail')

/**
 * Certificate-first TLS grade: M for a name mismatch, T for trust problems, otherwise the letter
 * the default handshake supports. The full SSL Labs 2009r model replaces this in grades/ssl-labs.
 */
export function gradeTls(collected: CollectedArtifacts, rules: readonly RuleResult[]): Grade {
  const handshake = collected.values.TlsHandshake
  if (!handshake) {
    const why = collected.errors.TlsHandshake?.message ?? collected.skipped?.TlsHandshake
    return {
      letter: null,
      score: null,
      algorithm: TLS_GRADE_ALGORITHM,
      reasons: [why ?? 'TLS was not tested'],
    }
  }
  if (failed(rules, 'certificate-name-mismatch')) {
    return {
      letter: 'M',
      score: null,
      algorithm: TLS_GRADE_ALGORITHM,
      reasons: ['The certificate is not valid for this site name.'],
    }
  }
  const trust = [
    'certificate-expired',
    'certificate-not-yet-valid',
    'certificate-untrusted',
  ].filter((id) => failed(rules, id))
  if (trust.length > 0) {
    return {
      letter: 'T',
      score: null,
      algorithm: TLS_GRADE_ALGORITHM,
      reasons: trust.map((id) => `Trust problem: ${id}.`),
    }
  }
  const modern = handshake.protocol === 'TLSv1.3' || handshake.protocol === 'TLSv1.2'
  return {
    letter: modern ? 'A' : 'C',
    score: null,
    algorithm: TLS_GRADE_ALGORITHM,
    reasons: modern ? [] : [`A modern client negotiated ${handshake.protocol}.`],
  }
}
