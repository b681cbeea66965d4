import type { RedirectChainFacts } from '../../../scanner/artifacts.ts'
import { httpsRedirectMissing } from '../../../rules/transport/https-redirect-missing.ts'
import { makeExchange } from '../../fixtures/artifacts.ts'
import { testRule } from '../rule-tester.ts'

const hop = (url: string, status: number, location?: string) =>
  makeExchange({ url, status, headers: location ? [['location', location]] : [] })

const chain = (
  hops: ReturnType<typeof hop>[],
  extra: Partial<RedirectChainFacts> = {}
): RedirectChainFacts => ({
  startUrl: hops[0]!.url,
  hops,
  finalUrl: hops.at(-1)!.url,
  ...extra,
})

testRule(httpsRedirectMissing, {
  valid: [
    {
      name: '301 straight to https',
      artifacts: {
        RedirectChain: chain([
          hop('http://example.com/', 301, 'https://example.com/'),
          hop('https://example.com/', 200),
        ]),
      },
    },
    {
      name: 'two hops ending on https',
      artifacts: {
        RedirectChain: chain([
          hop('http://example.com/', 302, 'http://www.example.com/'),
          hop('http://www.example.com/', 301, 'https://www.example.com/'),
          hop('https://www.example.com/', 200),
        ]),
      },
    },
  ],
  invalid: [
    {
      name: 'plain 200',
      artifacts: { RedirectChain: chain([hop('http://example.com/', 200)]) },
      errors: [{ messageId: 'noRedirect' }],
    },
    {
      name: 'redirects but stays on http',
      artifacts: {
        RedirectChain: chain([
          hop('http://example.com/', 301, 'http://example.com/home'),
          hop('http://example.com/home', 200),
        ]),
      },
      errors: [{ messageId: 'notToHttps' }],
    },
    {
      name: 'loop',
      artifacts: {
        RedirectChain: chain([hop('http://example.com/', 302, 'http://example.com/')], {
          stoppedBecause: 'loop',
          stopDetail: 'redirect loop',
        }),
      },
      errors: [{ messageId: 'stopped', messageIncludes: 'loop' }],
    },
  ],
  notApplicable: [
    {
      name: 'no hops',
      artifacts: {
        RedirectChain: {
          startUrl: 'http://example.com/',
          hops: [],
          finalUrl: 'http://example.com/',
        },
      },
    },
  ],
})
