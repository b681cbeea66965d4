import { xFrameOptionsMissing } from '../../../rules/headers/x-frame-options-missing.ts'
import { testRule } from '../rule-tester.ts'
import { page } from './fixtures.ts'

testRule(xFrameOptionsMissing, {
  valid: [
    { name: 'DENY', artifacts: { MainResponse: page({ 'x-frame-options': 'DENY' }) } },
    {
      name: 'sameorigin lower case',
      artifacts: { MainResponse: page({ 'x-frame-options': ' sameorigin ' }) },
    },
    {
      name: 'frame-ancestors',
      artifacts: { MainResponse: page({ 'content-security-policy': "frame-ancestors 'self'" }) },
    },
    {
      name: 'frame-ancestors with specific and wildcard-subdomain hosts',
      artifacts: {
        MainResponse: page({
          'content-security-policy': "frame-ancestors 'self' https://*.shop.example partner.hk",
        }),
      },
    },
    {
      name: 'a permissive policy and a strict one: framing must pass both',
      artifacts: {
        MainResponse: page({
          'content-security-policy': ['frame-ancestors *', "frame-ancestors 'none'"],
        }),
      },
    },
  ],
  invalid: [
    { name: 'nothing', artifacts: { MainResponse: page() }, errors: [{ messageId: 'missing' }] },
    {
      name: 'ALLOW-FROM',
      artifacts: { MainResponse: page({ 'x-frame-options': 'ALLOW-FROM https://a.example' }) },
      errors: [{ messageId: 'invalid' }],
    },
    ...['*', 'https:', 'https://*', "'self' *"].map((sources) => ({
      name: `frame-ancestors ${sources} lets any site frame the page, X-Frame-Options or not`,
      artifacts: {
        MainResponse: page({
          'content-security-policy': `frame-ancestors ${sources}`,
          'x-frame-options': 'DENY',
        }),
      },
      errors: [{ messageId: 'anySite' }],
    })),
    {
      name: 'report-only frame-ancestors does not count',
      artifacts: {
        MainResponse: page({ 'content-security-policy-report-only': "frame-ancestors 'none'" }),
      },
      errors: [{ messageId: 'missing' }],
    },
  ],
})
