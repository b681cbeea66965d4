import { tls13Missing } from '../../../rules/tls/tls-1-3-missing.ts'
import { testRule } from '../rule-tester.ts'
import { makeProtocols } from './tls-fixtures.ts'

testRule(tls13Missing, {
  valid: [{ name: 'TLS 1.3 offered', artifacts: { TlsProtocols: makeProtocols() } }],
  invalid: [
    {
      name: 'TLS 1.2 only',
      artifacts: { TlsProtocols: makeProtocols(['TLSv1.2']) },
      errors: [{ messageId: 'missing', severity: 'low' }],
    },
  ],
  notApplicable: [
    {
      name: 'TLS 1.3 untested',
      artifacts: { TlsProtocols: makeProtocols(['TLSv1.2'], { 'TLSv1.3': { supported: null } }) },
    },
  ],
})
