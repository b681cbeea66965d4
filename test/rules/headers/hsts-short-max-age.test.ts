import { hstsShortMaxAge } from '../../../rules/headers/hsts-short-max-age.ts'
import { testRule } from '../rule-tester.ts'
import { page } from './fixtures.ts'

const hsts = (v: string) => ({ MainResponse: page({ 'strict-transport-security': v }) })

testRule(hstsShortMaxAge, {
  valid: [
    { name: 'six months exactly', artifacts: hsts('max-age=15552000') },
    { name: 'two years', artifacts: hsts('max-age=63072000; includeSubDomains') },
  ],
  invalid: [
    {
      name: 'one day',
      artifacts: hsts('max-age=86400'),
      errors: [{ messageId: 'short', messageIncludes: '1 days' }],
    },
    {
      name: 'zero disables',
      artifacts: hsts('max-age=0'),
      errors: [{ messageId: 'disabled', severity: 'medium' }],
    },
  ],
  notApplicable: [
    { name: 'no header', artifacts: { MainResponse: page() } },
    { name: 'invalid header', artifacts: hsts('max-age=1, max-age=2') },
    {
      name: 'plain http page',
      artifacts: {
        MainResponse: page(
          { 'strict-transport-security': 'max-age=1' },
          { url: 'http://example.com/' }
        ),
      },
    },
  ],
})
