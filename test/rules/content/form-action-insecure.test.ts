import { formActionInsecure } from '../../../rules/content/form-action-insecure.ts'
import { testRule } from '../rule-tester.ts'
import { html } from '../headers/fixtures.ts'

testRule(formActionInsecure, {
  valid: [
    {
      name: 'relative action',
      artifacts: {
        HtmlDocument: html({
          forms: [
            {
              action: '/login',
              url: 'https://example.com/login',
              method: 'post',
              hasPasswordField: true,
            },
          ],
        }),
      },
    },
  ],
  invalid: [
    {
      name: 'http action',
      artifacts: {
        HtmlDocument: html({
          forms: [
            {
              action: 'http://example.net/x',
              url: 'http://example.net/x',
              method: 'post',
              hasPasswordField: false,
            },
          ],
        }),
      },
      errors: [{ messageId: 'httpAction' }],
    },
    {
      name: 'password on http page',
      artifacts: {
        HtmlDocument: html({
          url: 'http://example.com/',
          forms: [{ url: 'http://example.com/', method: 'post', hasPasswordField: true }],
        }),
      },
      errors: [{ messageId: 'passwordOnHttp' }],
    },
  ],
  notApplicable: [{ name: 'no forms', artifacts: { HtmlDocument: html() } }],
})
