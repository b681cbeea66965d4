import { cspMissing } from '../../../rules/headers/csp-missing.ts'
import { testRule } from '../rule-tester.ts'
import { html, page } from './fixtures.ts'

testRule(cspMissing, {
  valid: [
    {
      name: 'header policy',
      artifacts: { MainResponse: page({ 'content-security-policy': "default-src 'self'" }) },
    },
    {
      name: 'meta policy',
      artifacts: {
        MainResponse: page(),
        HtmlDocument: html({
          meta: {
            httpEquiv: { 'content-security-policy': ["default-src 'self'"] },
            referrer: [],
            generator: [],
          },
        }),
      },
    },
  ],
  invalid: [
    { name: 'no policy', artifacts: { MainResponse: page() }, errors: [{ messageId: 'missing' }] },
    {
      name: 'empty header',
      artifacts: { MainResponse: page({ 'content-security-policy': ' ' }) },
      errors: [{ messageId: 'missing' }],
    },
  ],
  notApplicable: [
    {
      name: 'report-only only',
      artifacts: {
        MainResponse: page({ 'content-security-policy-report-only': "default-src 'self'" }),
      },
    },
  ],
})
