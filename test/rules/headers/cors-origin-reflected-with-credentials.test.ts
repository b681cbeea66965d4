import { CORS_TEST_ORIGIN } from '../../../scanner/collectors/cors-preflight.ts'
import { corsOriginReflectedWithCredentials } from '../../../rules/headers/cors-origin-reflected-with-credentials.ts'
import { testRule } from '../rule-tester.ts'
import { page } from './fixtures.ts'

const pre = (headers: Record<string, string>) => ({
  CorsPreflight: { origin: CORS_TEST_ORIGIN, exchange: page(headers) },
})

testRule(corsOriginReflectedWithCredentials, {
  valid: [
    { name: 'no CORS', artifacts: pre({}) },
    {
      name: 'fixed origin with credentials',
      artifacts: pre({
        'access-control-allow-origin': 'https://app.example.com',
        'access-control-allow-credentials': 'true',
      }),
    },
    {
      name: 'echo without credentials',
      artifacts: pre({ 'access-control-allow-origin': CORS_TEST_ORIGIN }),
    },
  ],
  invalid: [
    {
      name: 'echo with credentials',
      artifacts: pre({
        'access-control-allow-origin': CORS_TEST_ORIGIN,
        'access-control-allow-credentials': 'true',
      }),
      errors: [{ messageId: 'reflected', severity: 'high' }],
    },
    {
      name: 'null origin with credentials',
      artifacts: pre({
        'access-control-allow-origin': 'null',
        'access-control-allow-credentials': 'TRUE',
      }),
      errors: [{ messageId: 'reflected' }],
    },
  ],
})
