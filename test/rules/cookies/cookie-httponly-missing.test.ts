import { cookieHttponlyMissing } from '../../../rules/cookies/cookie-httponly-missing.ts'
import { testRule } from '../rule-tester.ts'
import { page } from '../headers/fixtures.ts'

const set = (...c: string[]) => ({ MainResponse: page({ 'set-cookie': c }) })

testRule(cookieHttponlyMissing, {
  valid: [
    { name: 'session httponly', artifacts: set('sessionid=1; Secure; HttpOnly', 'theme=dark') },
  ],
  invalid: [
    {
      name: 'session readable',
      artifacts: set('sessionid=1; Secure'),
      errors: [{ messageId: 'readable', messageIncludes: 'sessionid' }],
    },
    {
      name: 'auth token readable',
      artifacts: set('auth_token=1; Secure', 'JSESSIONID=2; HttpOnly'),
      errors: [{ messageId: 'readable', messageIncludes: 'auth_token' }],
    },
  ],
  notApplicable: [{ name: 'only non-session cookies', artifacts: set('theme=dark') }],
})
