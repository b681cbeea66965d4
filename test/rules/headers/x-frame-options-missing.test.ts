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
  ],
  invalid: [
    { name: 'nothing', artifacts: { MainResponse: page() }, errors: [{ messageId: 'missing' }] },
    {
      name: 'ALLOW-FROM',
      artifacts: { MainResponse: page({ 'x-frame-options': 'ALLOW-FROM https://a.example' }) },
      errors: [{ messageId: 'invalid' }],
    },
    {
      name: 'report-only frame-ancestors does not count',
      artifacts: {
        MainResponse: page({ 'content-security-policy-report-only': "frame-ancestors 'none'" }),
      },
      errors: [{ messageId: 'missing' }],
    },
  ],
})
