import { scriptLoadedOverHttp } from '../../../rules/content/script-loaded-over-http.ts'
import { testRule } from '../rule-tester.ts'
import { html } from '../headers/fixtures.ts'

testRule(scriptLoadedOverHttp, {
  valid: [
    {
      name: 'https and relative',
      artifacts: {
        HtmlDocument: html({
          scripts: [
            { src: '/a.js', url: 'https://example.com/a.js' },
            { src: 'https://c.example/b.js', url: 'https://c.example/b.js' },
          ],
          scriptCount: 2,
        }),
      },
    },
  ],
  invalid: [
    {
      name: 'http script',
      artifacts: {
        HtmlDocument: html({
          scripts: [{ src: 'HTTP://c.example/x.js', url: 'http://c.example/x.js' }],
          scriptCount: 1,
        }),
      },
      errors: [
        { messageId: 'httpScript', severity: 'high', messageIncludes: 'http://c.example/x.js' },
      ],
    },
  ],
})
