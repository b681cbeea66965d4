import { certificateKeyWeak } from '../../../rules/tls/certificate-key-weak.ts'
import { makeCertificate, makeHandshake } from '../../fixtures/artifacts.ts'
import { testRule } from '../rule-tester.ts'

const key = (publicKey: { type: string; bits: number }) => ({
  TlsHandshake: makeHandshake({ chain: [makeCertificate({ publicKey })] }),
})

testRule(certificateKeyWeak, {
  valid: [
    { name: 'RSA 2048', artifacts: key({ type: 'rsa', bits: 2048 }) },
    { name: 'EC P-256', artifacts: key({ type: 'ec', bits: 256 }) },
  ],
  invalid: [
    {
      name: 'RSA 1024',
      artifacts: key({ type: 'rsa', bits: 1024 }),
      errors: [{ messageId: 'weak', messageIncludes: 'RSA 1024', severity: 'high' }],
    },
    {
      name: 'RSA 512',
      artifacts: key({ type: 'rsa', bits: 512 }),
      errors: [{ messageId: 'weak', severity: 'critical' }],
    },
  ],
  notApplicable: [
    { name: 'no certificate', artifacts: { TlsHandshake: makeHandshake({ chain: [] }) } },
  ],
})
