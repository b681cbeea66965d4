import { certificateUntrusted } from '../../../rules/tls/certificate-untrusted.ts'
import { makeCertificate, makeHandshake } from '../../fixtures/artifacts.ts'
import { testRule } from '../rule-tester.ts'

testRule(certificateUntrusted, {
  valid: [
    { name: 'chain verifies', artifacts: { TlsHandshake: makeHandshake() } },
    {
      name: 'incomplete but completes via AIA (another rule)',
      artifacts: {
        TlsHandshake: makeHandshake({
          trust: { chainVerified: false, missingIntermediate: true, issuerMissing: true },
        }),
      },
    },
  ],
  invalid: [
    {
      name: 'self-signed',
      artifacts: {
        TlsHandshake: makeHandshake({
          chain: [makeCertificate({ selfSigned: true, selfIssued: true })],
          trust: {
            chainVerified: false,
            missingIntermediate: false,
            opensslError: 'DEPTH_ZERO_SELF_SIGNED_CERT',
          },
        }),
      },
      errors: [{ messageId: 'selfSigned', severity: 'critical' }],
    },
    {
      name: 'unknown root',
      artifacts: {
        TlsHandshake: makeHandshake({
          trust: {
            chainVerified: false,
            missingIntermediate: false,
            opensslError: 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
          },
        }),
      },
      errors: [{ messageId: 'unknownIssuer', messageIncludes: 'UNABLE_TO_GET_ISSUER' }],
    },
  ],
  notApplicable: [
    { name: 'no certificate', artifacts: { TlsHandshake: makeHandshake({ chain: [] }) } },
  ],
})
