import type { RedirectChainFacts } from '../../../scanner/artifacts.ts'
import { httpsRedirectInsecureHop } from '../../../rules/transport/https-redirect-insecure-hop.ts'
import { makeExchange } from '../../fixtures/artifacts.ts'
import { testRule } from '../rule-tester.ts'

const chain = (...urls: string[]): RedirectChainFacts => ({
  startUrl: urls[0] as string,
  hops: urls.map((url, i) => makeExchange({ url, status: i === urls.length - 1 ? 200 : 301 })),
  finalUrl: urls.at(-1) as string,
})

testRule(httpsRedirectInsecureHop, {
  valid: [
    {
      name: 'direct',
      artifacts: { RedirectChain: chain('http://example.com/', 'https://example.com/') },
    },
  ],
  invalid: [
    {
      name: 'http to www then https',
      artifacts: {
        RedirectChain: chain(
          'http://example.com/',
          'http://www.example.com/',
          'https://www.example.com/'
        ),
      },
      errors: [{ messageId: 'httpFirst' }],
    },
    {
      name: 'downgrade in the middle',
      artifacts: {
        RedirectChain: chain(
          'http://example.com/',
          'https://example.com/',
          'http://example.com/x',
          'https://example.com/x'
        ),
      },
      errors: [{ messageId: 'downgrade' }],
    },
  ],
  notApplicable: [
    { name: 'no redirect', artifacts: { RedirectChain: chain('http://example.com/') } },
    {
      name: 'never reaches https',
      artifacts: { RedirectChain: chain('http://example.com/', 'http://example.com/a') },
    },
  ],
})
