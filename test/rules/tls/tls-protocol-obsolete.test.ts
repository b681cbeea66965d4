import { tlsProtocolObsolete } from '../../../rules/tls/tls-protocol-obsolete.ts'
import { testRule } from '../rule-tester.ts'
import { makeProtocols } from './tls-fixtures.ts'

testRule(tlsProtocolObsolete, {
  valid: [{ name: 'TLS 1.2 and 1.3 only', artifacts: { TlsProtocols: makeProtocols() } }],
  invalid: [
    {
      name: 'SSLv3 accepted',
      artifacts: { TlsProtocols: makeProtocols(['SSLv3', 'TLSv1.2']) },
      errors: [{ messageId: 'obsolete', messageIncludes: 'SSLv3', severity: 'critical' }],
    },
    {
      name: 'SSLv2 and SSLv3 accepted',
      artifacts: { TlsProtocols: makeProtocols(['SSLv2', 'SSLv3']) },
      errors: [{ messageId: 'obsolete' }, { messageId: 'obsolete' }],
    },
  ],
  notApplicable: [
    {
      name: 'SSLv3 probe unanswered',
      artifacts: { TlsProtocols: makeProtocols(undefined, { SSLv3: { supported: null } }) },
    },
  ],
})
