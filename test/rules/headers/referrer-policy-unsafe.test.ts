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
    {
      name: 'a legacy meta keyword: "never" means no-referrer',
      artifacts: {
        MainResponse: page({ 'referrer-policy': 'unsafe-url' }),
        HtmlDocument: html({ meta: { httpEquiv: {}, referrer: ['never'], generator: [] } }),
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
    {
      name: 'a legacy meta keyword: "always" means unsafe-url and overrides the header',
      artifacts: {
        MainResponse: page({ 'referrer-policy': 'strict-origin-when-cross-origin' }),
        HtmlDocument: html({ meta: { httpEquiv: {}, referrer: ['Always'], generator: [] } }),
      },
      errors: [{ messageId: 'unsafe', messageIncludes: 'unsafe-url' }],
    },
  ],
})
