import { certificateNotYetValid } from '../../../rules/tls/certificate-not-yet-valid.ts'
import { makeCertificate, makeHandshake } from '../../fixtures/artifacts.ts'
import { testRule } from '../rule-tester.ts'

const validFrom = (iso: string) => ({
  TlsHandshake: makeHandshake({
    chain: [makeCertificate({ validFrom: iso, validTo: '2028-01-01T00:00:00.000Z' })],
  }),
})

testRule(certificateNotYetValid, {
  valid: [{ name: 'valid since January', artifacts: validFrom('2026-01-01T00:00:00.000Z') }],
  invalid: [
    {
      name: 'starts next month',
      artifacts: validFrom('2026-12-01T00:00:00.000Z'),
      errors: [{ messageId: 'early', messageIncludes: '2026-12-01' }],
    },
  ],
  notApplicable: [
    { name: 'no certificate', artifacts: { TlsHandshake: makeHandshake({ chain: [] }) } },
  ],
})
