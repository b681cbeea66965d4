import { certificateExpiringSoon } from '../../../rules/tls/certificate-expiring-soon.ts'
import { makeCertificate, makeHandshake } from '../../fixtures/artifacts.ts'
import { testRule } from '../rule-tester.ts'

// FIXED_NOW is 2026-11-01.
const validTo = (iso: string) => ({
  TlsHandshake: makeHandshake({ chain: [makeCertificate({ validTo: iso })] }),
})

testRule(certificateExpiringSoon, {
  valid: [
    { name: 'two months left', artifacts: validTo('2027-01-01T00:00:00.000Z') },
    { name: '31 days left', artifacts: validTo('2026-12-02T12:00:00.000Z') },
  ],
  invalid: [
    {
      name: '20 days left',
      artifacts: validTo('2026-11-21T12:00:00.000Z'),
      errors: [{ messageId: 'soon', severity: 'medium', messageIncludes: '20 days' }],
    },
    {
      name: '5 days left',
      artifacts: validTo('2026-11-06T12:00:00.000Z'),
      errors: [{ messageId: 'soon', severity: 'high', messageIncludes: '5 days' }],
    },
  ],
  notApplicable: [{ name: 'already expired', artifacts: validTo('2026-10-01T00:00:00.000Z') }],
})
