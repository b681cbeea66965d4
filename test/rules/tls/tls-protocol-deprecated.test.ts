import { tlsProtocolDeprecated } from '../../../rules/tls/tls-protocol-deprecated.ts'
import { testRule } from '../rule-tester.ts'
import { makeProtocols } from './tls-fixtures.ts'

testRule(tlsProtocolDeprecated, {
  valid: [{ name: 'TLS 1.2 and 1.3 only', artifacts: { TlsProtocols: makeProtocols() } }],
  invalid: [
    {
      name: 'TLS 1.0 and 1.1 accepted',
      artifacts: { TlsProtocols: makeProtocols(['TLSv1', 'TLSv1.1', 'TLSv1.2']) },
      errors: [
        { messageId: 'deprecated', messageIncludes: 'TLS 1.0' },
        { messageId: 'deprecated', messageIncludes: 'TLS 1.1' },
      ],
    },
  ],
  notApplicable: [
    {
      name: 'TLS 1.0 untested',
      artifacts: { TlsProtocols: makeProtocols(undefined, { TLSv1: { supported: null } }) },
    },
  ],
})
