import { cspInvalid } from '../../../rules/headers/csp-invalid.ts'
import { testRule } from '../rule-tester.ts'
import { html, page } from './fixtures.ts'

const csp = (...v: string[]) => ({ MainResponse: page({ 'content-security-policy': v }) })

testRule(cspInvalid, {
  valid: [
    {
      name: 'well formed',
      artifacts: csp(
        "default-src 'self'; script-src 'nonce-x' 'strict-dynamic'; upgrade-insecure-requests"
      ),
    },
  ],
  invalid: [
    {
      name: 'duplicate directive',
      artifacts: csp("script-src 'self'; script-src 'none'"),
      errors: [{ messageId: 'duplicate' }],
    },
    {
      name: 'misspelt directive',
      artifacts: csp("defualt-src 'self'"),
      errors: [{ messageId: 'unknown', messageIncludes: 'defualt-src' }],
    },
    {
      name: 'unquoted keyword',
      artifacts: csp('default-src self'),
      errors: [{ messageId: 'unquoted', messageIncludes: "'self'" }],
    },
    {
      name: 'strict-dynamic alone',
      artifacts: csp("script-src 'strict-dynamic'"),
      errors: [{ messageId: 'strictDynamic' }],
    },
    {
      name: 'frame-ancestors in meta',
      artifacts: {
        MainResponse: page(),
        HtmlDocument: html({
          meta: {
            httpEquiv: {
              'content-security-policy': ["default-src 'self'; frame-ancestors 'none'"],
            },
            referrer: [],
            generator: [],
          },
        }),
      },
      errors: [{ messageId: 'metaIgnored' }],
    },
  ],
  notApplicable: [{ name: 'no csp', artifacts: { MainResponse: page() } }],
})
