import { certificateSignatureWeak } from '../../../rules/tls/certificate-signature-weak.ts'
import { makeCertificate, makeHandshake } from '../../fixtures/artifacts.ts'
import { testRule } from '../rule-tester.ts'

const signed = (signatureAlgorithm: string) => ({
  TlsHandshake: makeHandshake({ chain: [makeCertificate({ signatureAlgorithm })] }),
})

testRule(certificateSignatureWeak, {
  valid: [
    { name: 'SHA-256 RSA', artifacts: signed('sha256WithRSAEncryption') },
    { name: 'ECDSA SHA-384', artifacts: signed('ecdsa-with-SHA384') },
    {
      name: 'SHA-1 self-signed root in the chain is exempt',
      artifacts: {
        TlsHandshake: makeHandshake({
          chain: [
            makeCertificate(),
            makeCertificate({
              signatureAlgorithm: 'sha1WithRSAEncryption',
              selfSigned: true,
              isCa: true,
              fingerprint256: 'RO:OT',
            }),
          ],
        }),
      },
    },
  ],
  invalid: [
    {
      name: 'SHA-1 leaf',
      artifacts: signed('sha1WithRSAEncryption'),
      errors: [{ messageId: 'weak', messageIncludes: 'sha1', severity: 'high' }],
    },
    {
      name: 'MD5 by OID',
      artifacts: signed('1.2.840.113549.1.1.4'),
      errors: [{ messageId: 'weak', severity: 'critical' }],
    },
  ],
})
