import { cspUnsafeInline } from '../../../rules/headers/csp-unsafe-inline.ts'
import { testRule } from '../rule-tester.ts'
import { page } from './fixtures.ts'

const csp = (...v: string[]) => ({ MainResponse: page({ 'content-security-policy': v }) })

testRule(cspUnsafeInline, {
  valid: [
    { name: 'self only', artifacts: csp("default-src 'self'") },
    {
      name: 'nonce cancels unsafe-inline',
      artifacts: csp("script-src 'self' 'unsafe-inline' 'nonce-abc'"),
    },
    { name: 'style only', artifacts: csp("default-src 'self'; style-src 'self' 'unsafe-inline'") },
    {
      name: 'second policy forbids it',
      artifacts: csp("script-src 'unsafe-inline' 'self'", "script-src 'self'"),
    },
    { name: 'no script restriction at all', artifacts: csp('img-src *') },
  ],
  invalid: [
    {
      name: 'in script-src',
      artifacts: csp("script-src 'self' 'unsafe-inline'"),
      errors: [{ messageId: 'unsafeInline' }],
    },
    {
      name: 'via default-src',
      artifacts: csp("default-src * 'unsafe-inline'"),
      errors: [{ messageId: 'unsafeInline', messageIncludes: "'unsafe-inline'" }],
    },
  ],
  notApplicable: [{ name: 'no csp', artifacts: { MainResponse: page() } }],
})
