import { tls12OrLaterMissing } from '../../../rules/tls/tls-1-2-or-later-missing.ts'
import { testRule } from '../rule-tester.ts'
import { makeProtocols } from './tls-fixtures.ts'

testRule(tls12OrLaterMissing, {
  valid: [
    { name: 'TLS 1.2 offered', artifacts: { TlsProtocols: makeProtocols(['TLSv1.2']) } },
    { name: 'TLS 1.3 only', artifacts: { TlsProtocols: makeProtocols(['TLSv1.3']) } },
  ],
  invalid: [
    {
      name: 'TLS 1.0 only',
      artifacts: { TlsProtocols: makeProtocols(['TLSv1']) },
      errors: [{ messageId: 'missing', messageIncludes: 'TLSv1' }],
    },
  ],
  notApplicable: [
    {
      name: 'TLS 1.2 untested',
      artifacts: {
        TlsProtocols: makeProtocols(['TLSv1'], { 'TLSv1.2': { supported: null } }),
      },
    },
  ],
})
