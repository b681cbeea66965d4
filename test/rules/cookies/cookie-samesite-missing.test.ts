import { cookieSamesiteMissing } from '../../../rules/cookies/cookie-samesite-missing.ts'
import { testRule } from '../rule-tester.ts'
import { page } from '../headers/fixtures.ts'

const set = (...c: string[]) => ({ MainResponse: page({ 'set-cookie': c }) })

testRule(cookieSamesiteMissing, {
  valid: [
    {
      name: 'lax and none+secure',
      artifacts: set('a=1; SameSite=Lax', 'b=2; SameSite=None; Secure'),
    },
  ],
  invalid: [
    { name: 'absent', artifacts: set('a=1; Secure'), errors: [{ messageId: 'missing' }] },
    {
      name: 'bogus value',
      artifacts: set('a=1; SameSite=always'),
      errors: [{ messageId: 'invalid', messageIncludes: 'always' }],
    },
    {
      name: 'none without secure',
      artifacts: set('a=1; SameSite=None'),
      errors: [{ messageId: 'noneInsecure' }],
    },
  ],
  notApplicable: [{ name: 'no cookies', artifacts: { MainResponse: page() } }],
})
