/** SSL Labs 2009r grade arithmetic on artifact fixtures (tls.md §5 worked examples). */
import { describe, expect, it } from 'vitest'
import type { Artifacts, TlsSuitesFacts } from '../../../scanner/artifacts.ts'
import { evaluate } from '../../../rules/engine.ts'
import {
  makeCertificate,
  makeCollected,
  makeExchange,
  makeHandshake,
  makeTarget,
} from '../../fixtures/artifacts.ts'
import {
  makeDetails,
  makeProtocols,
  makeSuites,
  MODERN_SUITES,
  TLS13_SUITES,
} from './tls-fixtures.ts'

function withoutModernClient(s: TlsSuitesFacts): TlsSuitesFacts {
  const { modernClient: _dropped, ...rest } = s
  return { ...rest, modernClientError: 'E_TLS: no TLS 1.2' }
}

const HSTS = (value: string) => makeExchange({ headers: [['strict-transport-security', value]] })

function grade(overrides: Partial<Artifacts> = {}) {
  const values: Partial<Artifacts> = {
    TlsHandshake: makeHandshake({ ocspStapled: true }),
    TlsProtocols: makeProtocols(),
    TlsSuites: makeSuites(),
    TlsDetails: makeDetails(),
    MainResponse: HSTS('max-age=63072000'),
    ...overrides,
  }
  return evaluate(makeCollected(values, { target: makeTarget() })).grades.tls
}

describe('SSL Labs 2009r TLS grade', () => {
  it('good server: 30 + 27 + 36 = 93, A+', () => {
    const g = grade()
    expect(g).toMatchObject({ letter: 'A+', score: 93 })
    expect(g.details).toMatchObject({
      breakdown: { protocol: { score: 100 }, keyExchange: { score: 90 }, cipher: { score: 90 } },
    })
  })

  it('HSTS shorter than 180 days: A, not A+', () => {
    expect(grade({ MainResponse: HSTS('max-age=86400') }).letter).toBe('A')
  })

  it('an HSTS header the hsts-missing rule calls unusable counts as no HSTS', () => {
    for (const value of [
      'max-age=63072000; max-age=0',
      'max-age=63072000; includeSubDomains; includeSubDomains',
      'max-age="63072000',
    ])
      expect(grade({ MainResponse: HSTS(value) }).letter, value).toBe('A-')
  })

  it('3DES scores as a 168-bit cipher in the strength table: (100 + 80) / 2 = 90', () => {
    const g = grade({
      TlsSuites: makeSuites({ 'TLSv1.2': [...MODERN_SUITES, 0x000a], 'TLSv1.3': TLS13_SUITES }),
    })
    expect(g.details).toMatchObject({ breakdown: { cipher: { score: 90 } } })
  })

  it('no HSTS or no TLS 1.3: A- with the reason', () => {
    const g = grade({ MainResponse: makeExchange() })
    expect(g.letter).toBe('A-')
    expect(g.reasons.join()).toContain('HSTS')
    expect(grade({ TlsProtocols: makeProtocols(['TLSv1.2']) }).letter).toBe('A-')
  })

  it('anonymous suites: key exchange 0, total 0, F', () => {
    const g = grade({
      TlsSuites: makeSuites({ 'TLSv1.2': [...MODERN_SUITES, 0x00a6], 'TLSv1.3': TLS13_SUITES }),
    })
    expect(g).toMatchObject({ letter: 'F', score: 0 })
    expect(g.reasons.join()).toContain('anonymous')
  })

  it('TLS 1.0 accepted caps at B; no TLS 1.2 caps at C', () => {
    const b = grade({ TlsProtocols: makeProtocols(['TLSv1', 'TLSv1.2', 'TLSv1.3']) })
    expect(b.letter).toBe('B')
    const c = grade({
      TlsProtocols: makeProtocols(['TLSv1']),
      TlsSuites: withoutModernClient(makeSuites({ TLSv1: [0xc013] })),
    })
    expect(c.letter).toBe('C')
    expect(c.reasons.join()).toContain('neither TLS 1.2 nor TLS 1.3')
  })

  it('RSA key exchange negotiated by a modern client caps at B; merely accepted does not', () => {
    expect(grade({ TlsSuites: makeSuites({ 'TLSv1.2': [0x009c] }, {}, 0x009c) }).letter).toBe('B')
    expect(
      grade({
        TlsSuites: makeSuites({ 'TLSv1.2': [...MODERN_SUITES, 0x009c], 'TLSv1.3': TLS13_SUITES }),
      }).letter
    ).toBe('A+')
  })

  it('compression caps at C', () => {
    expect(grade({ TlsDetails: makeDetails({ compression: true }) }).letter).toBe('C')
  })

  it('name mismatch is M and an expired certificate T, keeping the grade without trust issues', () => {
    const m = grade({
      TlsHandshake: makeHandshake({
        ocspStapled: true,
        chain: [
          makeCertificate({
            subjectAltNames: { dns: ['other.example'], ip: [] },
            commonName: 'other.example',
          }),
        ],
      }),
    })
    expect(m.letter).toBe('M')
    expect(m.details?.gradeIfTrustIgnored).toBe('A+')
    const t = grade({
      TlsHandshake: makeHandshake({
        chain: [makeCertificate({ validTo: '2026-01-01T00:00:00.000Z' })],
      }),
    })
    expect(t.letter).toBe('T')
  })

  it('cannot grade without the protocol scan, and says why', () => {
    const collected = makeCollected(
      { TlsHandshake: makeHandshake() },
      { errors: { TlsProtocols: { code: 'E_TIMEOUT', message: 'timed out' } } }
    )
    const g = evaluate(collected).grades.tls
    expect(g.letter).toBeNull()
    expect(g.reasons.join()).toContain('timed out')
  })
})
