import { certificateNameMismatch } from '../../../rules/tls/certificate-name-mismatch.ts'
import { makeCertificate, makeHandshake } from '../../fixtures/artifacts.ts'
import { testRule } from '../rule-tester.ts'

/** A handshake made to an IP literal: no SNI is sent (RFC 6066). */
const toIp = (handshake: ReturnType<typeof makeHandshake>) => {
  const { servername: _none, ...rest } = handshake
  return { ...rest, host: '127.0.0.1' }
}

const withNames = (dns: string[], ip: string[] = [], commonName?: string) =>
  makeHandshake({
    chain: [
      makeCertificate({ subjectAltNames: { dns, ip }, ...(commonName ? { commonName } : {}) }),
    ],
  })

testRule(certificateNameMismatch, {
  valid: [
    { name: 'exact SAN', artifacts: { TlsHandshake: withNames(['example.com']) } },
    {
      name: 'wildcard covers one label',
      artifacts: {
        TlsHandshake: { ...withNames(['*.example.com']), servername: 'www.example.com' },
      },
    },
    {
      name: 'IP literal in iPAddress SAN',
      target: { host: '127.0.0.1', isIpLiteral: true },
      artifacts: { TlsHandshake: toIp(withNames(['localhost'], ['127.0.0.1'])) },
    },
    {
      name: 'IDN matched in punycode',
      artifacts: {
        TlsHandshake: {
          ...withNames(['xn--bcher-kva.example']),
          servername: 'xn--bcher-kva.example',
        },
      },
    },
  ],
  invalid: [
    {
      name: 'other name',
      artifacts: { TlsHandshake: withNames(['wrong.example']) },
      errors: [{ messageId: 'mismatch', messageIncludes: 'wrong.example' }],
    },
    {
      name: 'wildcard does not cover two labels',
      artifacts: {
        TlsHandshake: { ...withNames(['*.example.com']), servername: 'a.b.example.com' },
      },
      errors: [{ messageId: 'mismatch' }],
    },
    {
      name: 'wildcard does not cover the apex',
      artifacts: { TlsHandshake: withNames(['*.example.com']) },
      errors: [{ messageId: 'mismatch' }],
    },
    {
      name: 'CN ignored when SANs exist',
      artifacts: { TlsHandshake: withNames(['other.example'], [], 'example.com') },
      errors: [{ messageId: 'mismatch' }],
    },
    {
      name: 'IP target against DNS-only certificate',
      target: { host: '127.0.0.1', isIpLiteral: true },
      artifacts: { TlsHandshake: toIp(withNames(['127.0.0.1'])) },
      errors: [{ messageId: 'mismatch' }],
    },
  ],
  notApplicable: [
    { name: 'no certificate', artifacts: { TlsHandshake: makeHandshake({ chain: [] }) } },
  ],
})
