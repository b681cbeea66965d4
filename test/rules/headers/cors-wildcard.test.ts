import { CORS_TEST_ORIGIN } from '../../../scanner/collectors/cors-preflight.ts'
import { corsWildcard } from '../../../rules/headers/cors-wildcard.ts'
import { testRule } from '../rule-tester.ts'
import { page } from './fixtures.ts'

const pre = (headers: Record<string, string>) => ({
  origin: CORS_TEST_ORIGIN,
  exchange: page(headers),
})

testRule(corsWildcard, {
  valid: [{ name: 'no header', artifacts: { CorsPreflight: pre({}), MainResponse: page() } }],
  invalid: [
    {
      name: 'preflight star',
      artifacts: { CorsPreflight: pre({ 'access-control-allow-origin': '*' }) },
      errors: [{ messageId: 'wildcard', severity: 'info', messageIncludes: 'preflight' }],
    },
    {
      name: 'page star',
      artifacts: {
        CorsPreflight: pre({}),
        MainResponse: page({ 'access-control-allow-origin': '*' }),
      },
      errors: [{ messageId: 'wildcard', messageIncludes: 'page' }],
    },
  ],
})
