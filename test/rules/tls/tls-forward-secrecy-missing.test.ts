import { tlsForwardSecrecyMissing } from '../../../rules/tls/tls-forward-secrecy-missing.ts'
import { testRule } from '../rule-tester.ts'
import { makeSuites, MODERN_SUITES } from './tls-fixtures.ts'

testRule(tlsForwardSecrecyMissing, {
  valid: [{ name: 'ECDHE and TLS 1.3 only', artifacts: { TlsSuites: makeSuites() } }],
  invalid: [
    {
      name: 'RSA key exchange negotiated',
      artifacts: { TlsSuites: makeSuites({ 'TLSv1.2': [0x009c, 0x002f] }, {}, 0x009c) },
      errors: [{ messageId: 'negotiated', severity: 'high' }],
    },
    {
      name: 'RSA key exchange merely accepted',
      artifacts: { TlsSuites: makeSuites({ 'TLSv1.2': [...MODERN_SUITES, 0x009c] }) },
      errors: [{ messageId: 'supported', severity: 'low', messageIncludes: 'TLS_RSA_WITH' }],
    },
  ],
  notApplicable: [{ name: 'no suites', artifacts: { TlsSuites: makeSuites({}) } }],
})
