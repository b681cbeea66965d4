import { certificateChainIncomplete } from '../../../rules/tls/certificate-chain-incomplete.ts'
import { makeCertificate, makeHandshake } from '../../fixtures/artifacts.ts'
import { testRule } from '../rule-tester.ts'

testRule(certificateChainIncomplete, {
  valid: [
    { name: 'full chain', artifacts: { TlsHandshake: makeHandshake() } },
    {
      name: 'self-signed (untrusted, not incomplete)',
      artifacts: {
        TlsHandshake: makeHandshake({
          chain: [makeCertificate({ selfSigned: true })],
          trust: { chainVerified: false, missingIntermediate: false, issuerMissing: false },
        }),
      },
    },
  ],
  invalid: [
    {
      name: 'completed through AIA',
      artifacts: {
        TlsHandshake: makeHandshake({
          trust: {
            chainVerified: false,
            missingIntermediate: true,
            issuerMissing: true,
            aia: { url: 'http://ca.example/int.der', fetched: true },
          },
        }),
      },
      errors: [{ messageId: 'completed', severity: 'medium', messageIncludes: 'ca.example' }],
    },
    {
      name: 'issuer missing and not found',
      artifacts: {
        TlsHandshake: makeHandshake({
          trust: { chainVerified: false, missingIntermediate: false, issuerMissing: true },
        }),
      },
      errors: [{ messageId: 'missing', severity: 'high' }],
    },
  ],
})
