import { hstsPreloadReady } from '../../../rules/headers/hsts-preload-ready.ts'
import { testRule } from '../rule-tester.ts'
import { page } from './fixtures.ts'

const hsts = (v: string) => ({ MainResponse: page({ 'strict-transport-security': v }) })

testRule(hstsPreloadReady, {
  valid: [
    { name: 'preload ready', artifacts: hsts('max-age=63072000; includeSubDomains; preload') },
  ],
  invalid: [
    {
      name: 'no preload token',
      artifacts: hsts('max-age=63072000; includeSubDomains'),
      errors: [{ messageId: 'notReady', severity: 'info', messageIncludes: 'preload' }],
    },
    {
      name: 'short and no subdomains',
      artifacts: hsts('max-age=86400; preload'),
      errors: [{ messageId: 'notReady', messageIncludes: 'includeSubDomains' }],
    },
  ],
  notApplicable: [
    { name: 'no hsts', artifacts: { MainResponse: page() } },
    { name: 'no max-age', artifacts: hsts('preload') },
  ],
})
