import { serverVersionDisclosed } from '../../../rules/disclosure/server-version-disclosed.ts'
import { testRule } from '../rule-tester.ts'
import { html, page } from '../headers/fixtures.ts'

testRule(serverVersionDisclosed, {
  valid: [
    { name: 'bare server name', artifacts: { MainResponse: page({ server: 'nginx' }) } },
    {
      name: 'generator without version',
      artifacts: {
        MainResponse: page(),
        HtmlDocument: html({ meta: { httpEquiv: {}, referrer: [], generator: ['WordPress'] } }),
      },
    },
  ],
  invalid: [
    {
      name: 'apache and php',
      artifacts: {
        MainResponse: page({
          server: 'Apache/2.4.41 (Ubuntu)',
          'x-powered-by': 'PHP/7.4.3',
          'x-aspnet-version': '4.0.30319',
        }),
      },
      errors: [
        { messageId: 'header', messageIncludes: 'Apache/2.4.41' },
        { messageId: 'header', messageIncludes: 'PHP/7.4.3' },
        { messageId: 'header', messageIncludes: '4.0.30319' },
      ],
    },
    {
      name: 'generator version',
      artifacts: {
        MainResponse: page(),
        HtmlDocument: html({
          meta: { httpEquiv: {}, referrer: [], generator: ['WordPress 6.4.2'] },
        }),
      },
      errors: [{ messageId: 'generator', messageIncludes: '6.4.2' }],
    },
  ],
})
