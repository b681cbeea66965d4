import { certificateExpired } from '../../../rules/tls/certificate-expired.ts'
import { makeCertificate, makeHandshake } from '../../fixtures/artifacts.ts'
import { testRule } from '../rule-tester.ts'

testRule(certificateExpired, {
  valid: [
    { name: 'certificate valid for months', artifacts: { TlsHandshake: makeHandshake() } },
    {
      name: 'expires later today',
      now: '2026-12-31T23:00:00.000Z',
      artifacts: {
        TlsHandshake: makeHandshake({
          chain: [makeCertificate({ validTo: '2026-12-31T23:59:59.000Z' })],
        }),
      },
    },
  ],
  invalid: [
    {
      name: 'expired in 2020',
      artifacts: {
        TlsHandshake: makeHandshake({
          chain: [
            makeCertificate({
              validFrom: '2020-01-01T00:00:00.000Z',
              validTo: '2020-02-01T00:00:00.000Z',
            }),
          ],
        }),
      },
      errors: [{ messageId: 'expired', severity: 'critical', messageIncludes: '2020-02-01' }],
    },
    {
      name: 'expired one second ago',
      now: '2027-01-01T00:00:01.000Z',
      artifacts: { TlsHandshake: makeHandshake() },
      errors: [{ messageId: 'expired' }],
    },
  ],
  notApplicable: [
    { name: 'no certificate sent', artifacts: { TlsHandshake: makeHandshake({ chain: [] }) } },
  ],
})
