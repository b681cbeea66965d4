import { tlsDhWeak } from '../../../rules/tls/tls-dh-weak.ts'
import { testRule } from '../rule-tester.ts'
import { makeSuites, MODERN_SUITES } from './tls-fixtures.ts'

const dhe = { 'TLSv1.2': [...MODERN_SUITES, 0x009e] }

testRule(tlsDhWeak, {
  valid: [{ name: 'DHE 2048', artifacts: { TlsSuites: makeSuites(dhe, { dhBits: 2048 }) } }],
  invalid: [
    {
      name: 'DHE 1024',
      artifacts: { TlsSuites: makeSuites(dhe, { dhBits: 1024 }) },
      errors: [{ messageId: 'weak', messageIncludes: '1024', severity: 'medium' }],
    },
    {
      name: 'DHE 512',
      artifacts: { TlsSuites: makeSuites(dhe, { dhBits: 512 }) },
      errors: [{ messageId: 'weak', severity: 'high' }],
    },
  ],
  notApplicable: [
    { name: 'no DHE suites', artifacts: { TlsSuites: makeSuites() } },
    { name: 'size unknown', artifacts: { TlsSuites: makeSuites(dhe) } },
  ],
})
