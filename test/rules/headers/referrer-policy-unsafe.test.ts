import { referrerPolicyUnsafe } from '../../../rules/headers/referrer-policy-unsafe.ts'
import { testRule } from '../rule-tester.ts'
import { html, page } from './fixtures.ts'

const rp = (v: string) => ({ MainResponse: page({ 'referrer-policy': v }) })

testRule(referrerPolicyUnsafe, {
  valid: [
    { name: 'none set (browser default)', artifacts: { MainResponse: page() } },
    { name: 'strict', artifacts: rp('strict-origin-when-cross-origin') },
    { name: 'last valid token wins', artifacts: rp('unsafe-url, no-referrer, bogus') },
    {
      name: 'meta overrides header',
      artifacts: {
        MainResponse: page({ 'referrer-policy': 'origin' }),
        HtmlDocument: html({ meta: { httpEquiv: {}, referrer: ['no-referrer'], generator: [] } }),
      },
    },
  ],
  invalid: [
    {
      name: 'unsafe-url',
      artifacts: rp('unsafe-url'),
      errors: [{ messageId: 'unsafe', messageIncludes: 'unsafe-url' }],
    },
    {
      name: 'downgrade',
      artifacts: rp('no-referrer, no-referrer-when-downgrade'),
      errors: [{ messageId: 'unsafe' }],
    },
  ],
})
