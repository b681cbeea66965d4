import { tlsOcspStaplingMissing } from '../../../rules/tls/tls-ocsp-stapling-missing.ts'
import { testRule } from '../rule-tester.ts'
import { makeCertificate, makeHandshake } from '../../fixtures/artifacts.ts'

testRule(tlsOcspStaplingMissing, {
  valid: [{ name: 'stapled', artifacts: { TlsHandshake: makeHandshake({ ocspStapled: true }) } }],
  invalid: [
    {
      name: 'nothing stapled',
      artifacts: { TlsHandshake: makeHandshake({ ocspStapled: false }) },
      errors: [{ messageId: 'missing', severity: 'low' }],
    },
  ],
  notApplicable: [
    {
      name: 'self-signed',
      artifacts: {
        TlsHandshake: makeHandshake({ chain: [makeCertificate({ selfSigned: true })] }),
      },
    },
  ],
})
