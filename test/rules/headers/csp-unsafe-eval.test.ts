import { cspUnsafeEval } from '../../../rules/headers/csp-unsafe-eval.ts'
import { testRule } from '../rule-tester.ts'
import { page } from './fixtures.ts'

const csp = (...v: string[]) => ({ MainResponse: page({ 'content-security-policy': v }) })

testRule(cspUnsafeEval, {
  valid: [
    { name: 'no eval', artifacts: csp("default-src 'self'") },
    { name: 'wasm only', artifacts: csp("script-src 'self' 'wasm-unsafe-eval'") },
  ],
  invalid: [
    {
      name: 'script-src eval',
      artifacts: csp("script-src 'self' 'unsafe-eval'"),
      errors: [{ messageId: 'unsafeEval', severity: 'low' }],
    },
    {
      name: 'default-src eval',
      artifacts: csp("default-src * 'unsafe-eval'"),
      errors: [{ messageId: 'unsafeEval' }],
    },
  ],
  notApplicable: [{ name: 'no csp', artifacts: { MainResponse: page() } }],
})
