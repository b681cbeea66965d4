import { defineRule } from '../define-rule.ts'

const MAX_FINDINGS = 20

export const scriptLoadedOverHttp = defineRule({
  meta: {
    id: 'script-loaded-over-http',
    category: 'content',
    title: 'Scripts are loaded over HTTPS',
    failureTitle: 'Scripts are loaded over plain HTTP',
    description:
      'A script fetched over http:// can be swapped in transit by anyone on the network path (public Wi-Fi, a compromised router), and the replacement runs with full control of your page.',
    remediation:
      'Change every script address to https:// (or a relative path), and make sure the host serves it over HTTPS.',
    fixes: [
      { platform: 'HTML', snippet: '<script src="https://cdn.example.net/lib.js"></script>' },
      {
        platform: 'nginx / Apache / IIS',
        snippet:
          'Add Content-Security-Policy: upgrade-insecure-requests as a safety net while you fix the templates.',
      },
      {
        platform: 'WordPress',
        snippet:
          'Tools → search-and-replace http://cdn… with https://cdn… in the database; check theme and plugin settings.',
      },
    ],
    defaultSeverity: 'high',
    requiredArtifacts: ['HtmlDocument'],
    messages: { httpScript: 'The script {{url}} is loaded over plain HTTP.' },
    references: [
      'https://developer.mozilla.org/en-US/docs/Web/Security/Mixed_content',
      'https://www.w3.org/TR/mixed-content/',
    ],
  },
  check({ HtmlDocument: html }) {
    return html.scripts
      .filter((s) => s.src !== undefined && /^http:/i.test(s.src) && s.url)
      .slice(0, MAX_FINDINGS)
      .map((s) => ({
        messageId: 'httpScript' as const,
        data: { url: s.url as string },
        key: s.url as string,
      }))
  },
})
