import { sriMissing } from '../../../rules/content/sri-missing.ts'
import { testRule } from '../rule-tester.ts'
import { html } from '../headers/fixtures.ts'

const s = (url: string, integrity?: string) => ({
  src: url,
  url,
  ...(integrity ? { integrity } : {}),
})

testRule(sriMissing, {
  valid: [
    {
      name: 'cdn with integrity',
      artifacts: {
        HtmlDocument: html({
          scripts: [s('https://cdn.example.net/a.js', 'sha384-abc')],
          scriptCount: 1,
        }),
      },
    },
  ],
  invalid: [
    {
      name: 'cdn without integrity',
      artifacts: {
        HtmlDocument: html({ scripts: [s('https://cdn.example.net/a.js')], scriptCount: 1 }),
      },
      errors: [{ messageId: 'noIntegrity' }],
    },
    {
      name: 'same host other port is another origin',
      artifacts: {
        HtmlDocument: html({ scripts: [s('https://example.com:8443/a.js')], scriptCount: 1 }),
      },
      errors: [{ messageId: 'noIntegrity', messageIncludes: ':8443' }],
    },
    {
      name: 'stylesheet from cdn',
      artifacts: {
        HtmlDocument: html({
          links: [
            {
              rel: 'stylesheet',
              href: 'https://fonts.example.net/a.css',
              url: 'https://fonts.example.net/a.css',
            },
          ],
        }),
      },
      errors: [{ messageId: 'noIntegrity', messageIncludes: 'stylesheet' }],
    },
  ],
  notApplicable: [
    {
      name: 'same-origin scripts only',
      artifacts: {
        HtmlDocument: html({ scripts: [s('https://example.com/app.js')], scriptCount: 1 }),
      },
    },
    { name: 'no scripts', artifacts: { HtmlDocument: html() } },
  ],
})
