import { cspBroadSources } from '../../../rules/headers/csp-broad-sources.ts'
import { testRule } from '../rule-tester.ts'
import { page } from './fixtures.ts'

const csp = (...v: string[]) => ({ MainResponse: page({ 'content-security-policy': v }) })

testRule(cspBroadSources, {
  valid: [
    { name: 'self', artifacts: csp("default-src 'self'") },
    {
      name: 'strict-dynamic with nonce',
      artifacts: csp("script-src 'nonce-a' 'strict-dynamic' https:; object-src 'none'"),
    },
  ],
  invalid: [
    {
      name: 'wildcard default',
      artifacts: csp('default-src *'),
      errors: [
        { messageId: 'broad', messageIncludes: 'script-src' },
        { messageId: 'broad', messageIncludes: 'object-src' },
      ],
    },
    {
      name: 'https scheme in script-src',
      artifacts: csp("default-src 'self'; script-src https:"),
      errors: [{ messageId: 'broad', messageIncludes: 'https:' }],
    },
    {
      name: 'no script restriction',
      artifacts: csp("img-src 'self'"),
      errors: [
        { messageId: 'broad', messageIncludes: 'no restriction' },
        { messageId: 'broad', messageIncludes: 'object-src' },
      ],
    },
  ],
  notApplicable: [{ name: 'no csp', artifacts: { MainResponse: page() } }],
})
