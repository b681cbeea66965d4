import type { CollectedArtifacts } from '../../scanner/artifacts.ts'
import type { Grade, RuleResult } from '../types.ts'
import { tlsFindings, type TlsFindings } from './ssl-labs-inputs.ts'
import {
  A_PLUS_MIN_HSTS_MAX_AGE,
  CAPS,
  GUIDE_VERSION,
  letterFor,
  WARNINGS,
  WEIGHTS,
  type CapLetter,
} from './ssl-labs-2009r.ts'

export const TLS_GRADE_ALGORITHM = `ssl-labs-${GUIDE_VERSION}/1`

const failed = (rules: readonly RuleResult[], id: string) =>
  rules.some((r) => r.ruleId === id && r.status === 'fail')

const RANK = ['A', 'B', 'C', 'D', 'E', 'F']
const worse = (a: string, b: string) => (RANK.indexOf(b) > RANK.indexOf(a) ? b : a)

function ungraded(reason: string): Grade {
  return { letter: null, score: null, algorithm: TLS_GRADE_ALGORITHM, reasons: [reason] }
}

/**
 * SSL Labs rating guide 2009r: certificate first (M, then T), then the score (protocol 30 %,
 * key exchange 30 %, cipher 40 %) turned into a letter, lowered by caps, then A+/A- from the
 * warnings. The FS/AEAD/RC4/3DES caps use what a modern client negotiates, as SSL Labs does.
 * Passive probes cannot test Heartbleed, ROBOT and other active F caps: the grade is an upper bound.
 */
export function gradeTls(collected: CollectedArtifacts, rules: readonly RuleResult[]): Grade {
  const { values, errors, skipped } = collected
  const handshake = values.TlsHandshake
  if (!handshake)
    return ungraded(errors.TlsHandshake?.message ?? skipped?.TlsHandshake ?? 'TLS was not tested.')
  if (!values.TlsProtocols || !values.TlsSuites) {
    const why = errors.TlsProtocols?.message ?? errors.TlsSuites?.message ?? 'not collected'
    return ungraded(`Protocols and cipher suites could not be tested: ${why}`)
  }
  const f = tlsFindings(collected)
  const { capIds, warningIds } = capsAndWarnings(f)
  const caps = CAPS.filter((c) => capIds.has(c.id))
  const warnings = WARNINGS.filter((w) => warningIds.has(w.id))
  const zero = f.protocolScore === 0 || f.keyExchangeScore === 0 || f.cipherScore === 0
  const score = zero
    ? 0
    : Math.round(
        WEIGHTS.protocol * f.protocolScore +
          WEIGHTS.keyExchange * f.keyExchangeScore +
          WEIGHTS.cipher * f.cipherScore
      )
  let letter = letterFor(score)
  for (const cap of caps) letter = worse(letter, cap.cap satisfies CapLetter)
  const reasons = caps.map((c) => `Capped at ${c.cap}: ${c.text} (guide ${c.since}).`)
  if (zero) reasons.unshift('A category scored 0, so the total is 0.')
  if (letter === 'A' && warnings.length > 0) {
    letter = 'A-'
    reasons.push(...warnings.map((w) => `A-: ${w.text} (guide ${w.since}).`))
  } else if (letter === 'A' && caps.length === 0 && f.hstsMaxAge >= A_PLUS_MIN_HSTS_MAX_AGE) {
    letter = 'A+'
    reasons.push('A+: TLS 1.3, HSTS of at least 180 days and no warnings.')
  }
  const ignoringTrust = letter
  const trust = trustProblem(rules, f)
  if (trust) {
    letter = trust.letter
    reasons.unshift(trust.reason)
  }
  reasons.push(...f.untested.map((u) => `Not tested: ${u}.`))
  return {
    letter,
    score,
    algorithm: TLS_GRADE_ALGORITHM,
    reasons,
    details: {
      guide: GUIDE_VERSION,
      reading: 'negotiated',
      gradeIfTrustIgnored: ignoringTrust,
      breakdown: {
        protocol: { score: f.protocolScore, weight: WEIGHTS.protocol },
        keyExchange: { score: f.keyExchangeScore, weight: WEIGHTS.keyExchange },
        cipher: { score: f.cipherScore, weight: WEIGHTS.cipher },
      },
      caps: caps.map((c) => c.id),
      warnings: warnings.map((w) => w.id),
      upperBound:
        'Active checks (Heartbleed, ROBOT, CCS injection, padding oracles, insecure client renegotiation) are not run; the grade is an upper bound.',
    },
  }
}

function trustProblem(rules: readonly RuleResult[], f: TlsFindings) {
  if (failed(rules, 'certificate-name-mismatch'))
    return { letter: 'M', reason: 'M: the certificate is not valid for this site name.' }
  const trust = ['certificate-expired', 'certificate-not-yet-valid', 'certificate-untrusted']
    .filter((id) => failed(rules, id))
    .concat(f.sha1Leaf ? ['SHA-1 signed leaf certificate'] : [])
  if (trust.length === 0) return undefined
  return { letter: 'T', reason: `T: certificate not trusted (${trust.join(', ')}).` }
}

function capsAndWarnings(f: TlsFindings) {
  const capIds = new Set<string>()
  const warningIds = new Set<string>()
  const on = (id: string, cond: boolean) => cond && capIds.add(id)
  const p = f.protocols
  on('sslv2', p.has('SSLv2'))
  on(
    'sslv3-best',
    p.has('SSLv3') && !['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'].some((v) => p.has(v))
  )
  on('export-suite', f.exportSuite)
  on('anon-suite', f.anonSuite)
  on('cipher<112', f.minCipherBits < 112)
  on('rc4-only', f.rc4Only)
  on('key<1024', f.certKeyBits > 0 && f.certKeyBits < 1024 && !f.certKeyIsEc)
  on('md5-sig', f.md5Sig)
  on('no-tls1.2', !p.has('TLSv1.2') && !p.has('TLSv1.3'))
  on('crime', f.compression)
  on('poodle-ssl3', f.ssl3Cbc)
  on('rc4-tls1.1+', f.negotiated?.enc === 'RC4' && f.negotiatedModernProtocol)
  on('64bit-tls1.1+', (f.negotiated?.block64 ?? false) && f.negotiatedModernProtocol)
  on('tls1.0', p.has('TLSv1'))
  on('tls1.1', p.has('TLSv1.1'))
  on('sslv3', p.has('SSLv3'))
  on('rc4', f.negotiated?.enc === 'RC4')
  on('incomplete-chain', f.incompleteChain)
  on('key<2048', f.certKeyBits > 0 && f.certKeyBits < 2048 && !f.certKeyIsEc)
  on('dh<2048', f.dhBits !== undefined && f.dhBits < 2048)
  on('no-fs', f.negotiated !== undefined && !f.negotiated.fs)
  on('no-aead', f.noAead)
  if (!p.has('TLSv1.3')) warningIds.add('no-tls1.3')
  if (f.hstsMaxAge <= 0) warningIds.add('hsts')
  if (f.secureRenegotiation === false) warningIds.add('no-secure-renegotiation')
  return { capIds, warningIds }
}
