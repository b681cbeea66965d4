import { tlsInsecureRenegotiation } from '../../../rules/tls/tls-insecure-renegotiation.ts'
import { testRule } from '../rule-tester.ts'
import { makeDetails } from './tls-fixtures.ts'

testRule(tlsInsecureRenegotiation, {
  valid: [{ name: 'RFC 5746 supported', artifacts: { TlsDetails: makeDetails() } }],
  invalid: [
    {
      name: 'no renegotiation_info',
      artifacts: { TlsDetails: makeDetails({ secureRenegotiation: false }) },
      errors: [{ messageId: 'missing', messageIncludes: 'TLSv1.2' }],
    },
  ],
  notApplicable: [
    { name: 'TLS 1.3 only', artifacts: { TlsDetails: makeDetails({ secureRenegotiation: null }) } },
  ],
})
