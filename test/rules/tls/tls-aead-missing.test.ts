import { tlsAeadMissing } from '../../../rules/tls/tls-aead-missing.ts'
import { testRule } from '../rule-tester.ts'
import { makeSuites, MODERN_SUITES } from './tls-fixtures.ts'

testRule(tlsAeadMissing, {
  valid: [
    { name: 'GCM and TLS 1.3', artifacts: { TlsSuites: makeSuites() } },
    {
      name: 'CBC accepted but AEAD negotiated',
      artifacts: { TlsSuites: makeSuites({ 'TLSv1.2': [...MODERN_SUITES, 0xc013] }) },
    },
  ],
  invalid: [
    {
      name: 'CBC only',
      artifacts: { TlsSuites: makeSuites({ TLSv1: [0xc013, 0x002f] }, {}, 0xc013) },
      errors: [{ messageId: 'none' }],
    },
    {
      name: 'CBC negotiated by a modern client',
      artifacts: { TlsSuites: makeSuites({ 'TLSv1.2': [0xc027, 0xc02f] }, {}, 0xc027) },
      errors: [{ messageId: 'negotiated', messageIncludes: 'CBC' }],
    },
  ],
})
