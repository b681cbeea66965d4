import { cookieSecureMissing } from '../../../rules/cookies/cookie-secure-missing.ts'
import { testRule } from '../rule-tester.ts'
import { page } from '../headers/fixtures.ts'
import { makeExchange } from '../../fixtures/artifacts.ts'

const set = (...c: string[]) => ({ MainResponse: page({ 'set-cookie': c }) })

testRule(cookieSecureMissing, {
  valid: [
    { name: 'all secure', artifacts: set('a=1; Secure', '__Host-s=2; Secure; HttpOnly; Path=/') },
  ],
  invalid: [
    {
      name: 'plain cookie',
      artifacts: set('theme=dark'),
      errors: [{ messageId: 'notSecure', severity: 'medium' }],
    },
    {
      name: 'session cookie is high',
      artifacts: set('PHPSESSID=x; HttpOnly'),
      errors: [{ messageId: 'notSecure', severity: 'high' }],
    },
    {
      name: 'set over http',
      artifacts: { MainResponse: page({ 'set-cookie': 'a=1' }, { url: 'http://example.com/' }) },
      errors: [{ messageId: 'overHttp' }],
    },
    {
      name: 'cookie set on the plain-HTTP redirect hop',
      artifacts: {
        MainResponse: page(),
        RedirectChain: {
          startUrl: 'http://example.com/',
          finalUrl: 'https://example.com/',
          hops: [
            makeExchange({
              url: 'http://example.com/',
              status: 301,
              headers: [
                ['set-cookie', 'sid=1'],
                ['location', 'https://example.com/'],
              ],
            }),
            page(),
          ],
        },
      },
      errors: [{ messageId: 'notSecure', severity: 'high', messageIncludes: 'sid' }],
    },
    {
      name: 'last cookie of a name wins',
      artifacts: set('a=1; Secure', 'a=2'),
      errors: [{ messageId: 'notSecure', messageIncludes: 'a' }],
    },
  ],
  notApplicable: [{ name: 'no cookies', artifacts: { MainResponse: page() } }],
})
