import { tlsCompressionEnabled } from '../../../rules/tls/tls-compression-enabled.ts'
import { testRule } from '../rule-tester.ts'
import { makeDetails } from './tls-fixtures.ts'

testRule(tlsCompressionEnabled, {
  valid: [{ name: 'no compression', artifacts: { TlsDetails: makeDetails() } }],
  invalid: [
    {
      name: 'DEFLATE chosen',
      artifacts: { TlsDetails: makeDetails({ compression: true }) },
      errors: [{ messageId: 'enabled' }],
    },
  ],
  notApplicable: [
    { name: 'not testable', artifacts: { TlsDetails: makeDetails({ compression: null }) } },
  ],
})
