import { cspReportOnly } from '../../../rules/headers/csp-report-only.ts'
import { testRule } from '../rule-tester.ts'
import { page } from './fixtures.ts'

const RO = "default-src 'self'; report-uri /csp"

testRule(cspReportOnly, {
  valid: [
    {
      name: 'enforced next to report-only',
      artifacts: {
        MainResponse: page({
          'content-security-policy': "default-src 'self'",
          'content-security-policy-report-only': RO,
        }),
      },
    },
  ],
  invalid: [
    {
      name: 'report-only alone',
      artifacts: { MainResponse: page({ 'content-security-policy-report-only': RO }) },
      errors: [{ messageId: 'reportOnly', severity: 'low' }],
    },
  ],
  notApplicable: [{ name: 'no policy at all', artifacts: { MainResponse: page() } }],
})
