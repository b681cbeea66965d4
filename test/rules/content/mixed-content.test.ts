import { mixedContent } from '../../../rules/content/mixed-content.ts'
import { testRule } from '../rule-tester.ts'
import { html } from '../headers/fixtures.ts'

testRule(mixedContent, {
  valid: [{ name: 'nothing insecure', artifacts: { HtmlDocument: html() } }],
  invalid: [
    {
      name: 'image and iframe',
      artifacts: {
        HtmlDocument: html({
          insecureResources: [
            { tag: 'img', attribute: 'src', url: 'http://c.example/a.png', active: false },
            { tag: 'iframe', attribute: 'src', url: 'http://c.example/f', active: true },
            { tag: 'script', attribute: 'src', url: 'http://c.example/x.js', active: true },
          ],
        }),
      },
      errors: [
        { messageId: 'mixed', severity: 'medium' },
        { messageId: 'mixed', severity: 'high', messageIncludes: 'iframe' },
      ],
    },
  ],
  notApplicable: [
    { name: 'http page', artifacts: { HtmlDocument: html({ url: 'http://example.com/' }) } },
  ],
})
