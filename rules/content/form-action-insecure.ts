import { defineRule } from '../define-rule.ts'
import { notApplicable, type Problem } from '../types.ts'

export const formActionInsecure = defineRule({
  meta: {
    id: 'form-action-insecure',
    category: 'content',
    title: 'Forms send their data over HTTPS',
    failureTitle: 'A form sends its data over plain HTTP',
    description:
      'A form whose action is an http:// address (or a password form on a plain-HTTP page) sends what visitors type, including passwords and personal data, unencrypted.',
    remediation:
      'Point every form action at an https:// address or a relative path, and serve the page itself over HTTPS.',
    fixes: [
      { platform: 'HTML', snippet: '<form action="/login" method="post">…</form>' },
      {
        platform: 'nginx / Apache / IIS',
        snippet:
          "Add the CSP directive form-action 'self' so the browser refuses to submit elsewhere.",
      },
      {
        platform: 'WordPress',
        snippet:
          'Check contact-form plugin settings and the site address (Settings → General) for http://.',
      },
    ],
    defaultSeverity: 'high',
    requiredArtifacts: ['HtmlDocument'],
    messages: {
      httpAction: 'A form submits to {{url}} over plain HTTP.',
      passwordOnHttp: 'A password form is on a plain-HTTP page ({{url}}).',
    },
    references: [
      'https://developer.mozilla.org/en-US/docs/Web/Security/Mixed_content',
      'https://owasp.org/www-project-top-ten/',
    ],
  },
  check({ HtmlDocument: html }) {
    if (html.forms.length === 0) return notApplicable('The page has no forms.')
    const pageHttps = html.url.startsWith('https:')
    return html.forms.flatMap<Problem<'httpAction' | 'passwordOnHttp'>>((f, i) => {
      if (f.url?.startsWith('http:') && (pageHttps || f.action?.match(/^http:/i)))
        return [{ messageId: 'httpAction' as const, data: { url: f.url }, key: f.url }]
      if (!pageHttps && f.hasPasswordField)
        return [
          { messageId: 'passwordOnHttp' as const, data: { url: html.url }, key: `password:${i}` },
        ]
      return []
    })
  },
})
