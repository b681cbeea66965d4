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
      name: 'same name, other path: the browser keeps both, so the insecure one is still held',
      artifacts: set('sessionid=a; Path=/', 'sessionid=b; Path=/admin; Secure; HttpOnly'),
      errors: [{ messageId: 'notSecure', severity: 'high' }],
    },
    {
      name: 'an expiry in the future is a cookie, not a deletion',
      artifacts: {
        MainResponse: page({
          date: 'Mon, 07 Dec 2026 08:00:00 GMT',
          'set-cookie': 'sid=1; Expires=Tue, 07 Dec 2027 08:00:00 GMT; Max-Age=31536000',
        }),
      },
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
  notApplicable: [
    { name: 'no cookies', artifacts: { MainResponse: page() } },
    {
      name: 'logout deletions (Max-Age=0, or an Expires in the past) leave no cookie to judge',
      artifacts: {
        MainResponse: page({
          date: 'Mon, 07 Dec 2026 08:00:00 GMT',
          'set-cookie': [
            'PHPSESSID=deleted; expires=Thu, 01 Jan 1970 00:00:01 GMT; Max-Age=0; path=/',
            'remember_me=; Expires=Sun, 06 Dec 2026 08:00:00 GMT; Path=/',
          ],
        }),
      },
    },
  ],
})
