import { tlsCipherInsecure } from '../../../rules/tls/tls-cipher-insecure.ts'
import { testRule } from '../rule-tester.ts'
import { makeSuites, MODERN_SUITES } from './tls-fixtures.ts'

testRule(tlsCipherInsecure, {
  valid: [
    { name: 'modern suites', artifacts: { TlsSuites: makeSuites() } },
    {
      name: '3DES is weak, not insecure',
      artifacts: { TlsSuites: makeSuites({ 'TLSv1.2': [...MODERN_SUITES, 0x000a] }) },
    },
  ],
  invalid: [
    {
      name: 'RC4 accepted',
      artifacts: { TlsSuites: makeSuites({ 'TLSv1.2': [...MODERN_SUITES, 0x0005] }) },
      errors: [{ messageId: 'insecure', messageIncludes: 'RC4', severity: 'high' }],
    },
    {
      name: 'anonymous ECDH accepted',
      artifacts: { TlsSuites: makeSuites({ TLSv1: [0xc019] }) },
      errors: [{ messageId: 'insecure', messageIncludes: 'ECDH_anon', severity: 'critical' }],
    },
    {
      name: 'EXPORT and DES accepted',
      artifacts: { TlsSuites: makeSuites({ SSLv3: [0x0003, 0x0009] }) },
      errors: [{ messageId: 'insecure', messageIncludes: '2 insecure' }],
    },
  ],
  notApplicable: [
    {
      name: 'enumeration incomplete',
      artifacts: {
        TlsSuites: {
          ...makeSuites(),
          byProtocol: { 'TLSv1.2': { accepted: [], serverOrder: null, complete: false } },
        },
      },
    },
  ],
})
