import { tlsCipherWeak } from '../../../rules/tls/tls-cipher-weak.ts'
import { testRule } from '../rule-tester.ts'
import { makeSuites, MODERN_SUITES } from './tls-fixtures.ts'

testRule(tlsCipherWeak, {
  valid: [
    { name: 'modern suites', artifacts: { TlsSuites: makeSuites() } },
    {
      name: 'RC4 is insecure, reported by the other rule',
      artifacts: { TlsSuites: makeSuites({ 'TLSv1.2': [...MODERN_SUITES, 0x0005] }) },
    },
  ],
  invalid: [
    {
      name: '3DES accepted',
      artifacts: { TlsSuites: makeSuites({ 'TLSv1.2': [...MODERN_SUITES, 0x000a, 0xc012] }) },
      errors: [{ messageId: 'weak', messageIncludes: '3DES_EDE_CBC' }],
    },
    {
      name: 'IDEA accepted',
      artifacts: { TlsSuites: makeSuites({ TLSv1: [0x0007] }) },
      errors: [{ messageId: 'weak', messageIncludes: 'IDEA' }],
    },
  ],
})
