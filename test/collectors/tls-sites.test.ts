/**
 * Every TLS rule against the range: each fails exactly on the sites where its problem is planted
 * and passes on the clean ones; the SSL Labs 2009r letter per site, with the reason that caps it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTlsRange, type TlsRange } from '../range/tls-sites.ts'
import { scanTls, tlsRuleIds } from './tls-helpers.ts'

interface Expect {
  fails: string[]
  letter: string | null
  /** Substring of one of the grade's reasons. */
  why?: string
}

const OCSP = 'tls-ocsp-stapling-missing'
const SITES: Record<string, Expect> = {
  'tls-modern': { fails: [], letter: 'A+', why: 'A+' },
  'tls-intermediate': { fails: [], letter: 'A+', why: 'A+' },
  clean: { fails: [OCSP], letter: 'A+' },
  'tls-no-tls13': { fails: ['tls-1-3-missing', OCSP], letter: 'A-', why: 'TLS 1.3 is not offered' },
  'tls-rsa-cbc': {
    fails: ['tls-1-3-missing', 'tls-aead-missing', 'tls-forward-secrecy-missing'],
    letter: 'B',
    why: 'without forward secrecy',
  },
  'tls-dh1024': { fails: ['tls-dh-weak'], letter: 'B', why: 'DH parameters are under 2048' },
  'tls-tls10-only': {
    fails: [
      'tls-1-2-or-later-missing',
      'tls-1-3-missing',
      'tls-aead-missing',
      'tls-protocol-deprecated',
    ],
    letter: 'C',
    why: 'neither TLS 1.2 nor TLS 1.3',
  },
  expired: { fails: ['certificate-expired', OCSP], letter: 'T', why: 'certificate-expired' },
  'wrong-name': { fails: ['certificate-name-mismatch', OCSP], letter: 'M', why: 'site name' },
  'self-signed': { fails: ['certificate-untrusted'], letter: 'T', why: 'certificate-untrusted' },
  'not-yet-valid': { fails: ['certificate-not-yet-valid', OCSP], letter: 'T' },
  'incomplete-chain': {
    fails: ['certificate-chain-incomplete', OCSP],
    letter: 'B',
    why: 'chain is incomplete',
  },
  'expiring-soon': { fails: ['certificate-expiring-soon', OCSP], letter: 'A-', why: 'HSTS' },
  sha1: { fails: ['certificate-signature-weak', OCSP], letter: 'T', why: 'SHA-1' },
  'weak-key': { fails: ['certificate-key-weak', OCSP], letter: 'B', why: 'key is under 2048' },
  weak: {
    fails: [
      'tls-cipher-insecure',
      'tls-dh-weak',
      'tls-forward-secrecy-missing',
      OCSP,
      'tls-protocol-deprecated',
    ],
    letter: 'F',
    why: 'anonymous suites',
  },
  // ServerHello-only legacy emulators: no certificate, so certificate rules and the grade say
  // "could not test" (error / null), never pass.
  'legacy-ssl': {
    fails: [
      'tls-1-2-or-later-missing',
      'tls-1-3-missing',
      'tls-aead-missing',
      'tls-cipher-insecure',
      'tls-compression-enabled',
      'tls-forward-secrecy-missing',
      'tls-insecure-renegotiation',
      'tls-protocol-deprecated',
      'tls-protocol-obsolete',
    ],
    letter: null,
  },
  'legacy-3des': {
    fails: [
      'tls-1-3-missing',
      'tls-aead-missing',
      'tls-cipher-weak',
      'tls-forward-secrecy-missing',
      'tls-protocol-deprecated',
    ],
    letter: null,
  },
}

let range: TlsRange
beforeAll(async () => {
  range = await startTlsRange(Object.keys(SITES))
})
afterAll(() => range.close())

describe('TLS rules and grade on the range', () => {
  for (const [site, want] of Object.entries(SITES)) {
    it(`${site}: fails ${want.fails.join(', ') || 'nothing'}; grade ${want.letter}`, async () => {
      const { result } = await scanTls(range.port(site), range.range.pki.caFile)
      expect(tlsRuleIds(result, 'fail')).toEqual([...want.fails].sort())
      expect(result.grades.tls.letter).toBe(want.letter)
      if (want.why) expect(result.grades.tls.reasons.join('\n')).toContain(want.why)
      if (want.letter === null) {
        // The certificate could not be read: its rules are errors, not passes.
        expect(tlsRuleIds(result, 'error')).toContain('certificate-expired')
      } else {
        expect(tlsRuleIds(result, 'error')).toEqual([])
        expect(result.grades.tls.details?.gradeIfTrustIgnored).toBeDefined()
      }
    })
  }

  it('every TLS rule fails on at least one site', async () => {
    const { result } = await scanTls(range.port('tls-modern'), range.range.pki.caFile)
    const all = result.rules.filter((r) => r.category === 'tls').map((r) => r.ruleId)
    const planted = new Set(Object.values(SITES).flatMap((s) => s.fails))
    expect(all.filter((id) => !planted.has(id))).toEqual([])
  })

  it('keeps the weak site score breakdown and the reading used', async () => {
    const { result } = await scanTls(range.port('weak'), range.range.pki.caFile)
    expect(result.grades.tls.details).toMatchObject({
      reading: 'negotiated',
      breakdown: { keyExchange: { score: 0 } },
      caps: expect.arrayContaining(['anon-suite', 'tls1.0', 'dh<2048']),
    })
  })
})
