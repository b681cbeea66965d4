import { defineRule } from '../define-rule.ts'
import { notApplicable } from '../types.ts'

const MAX_FINDINGS = 20

/** http:// pictures, frames, media and styles on an https:// page (scripts: script-loaded-over-http). */
export const mixedContent = defineRule({
  meta: {
    id: 'mixed-content',
    category: 'content',
    title: 'The secure page loads nothing over plain HTTP',
    failureTitle: 'The secure page loads content over plain HTTP (mixed content)',
    description:
      'Pictures, frames, styles or media loaded over http:// on an https:// page can be read or replaced on the network. Browsers block some of it (so the page breaks) and show a warning for the rest.',
    remediation:
      'Change every http:// reference in the page to https:// or a relative path; Content-Security-Policy: upgrade-insecure-requests helps while you fix it.',
    fixes: [
      {
        platform: 'nginx',
        snippet: 'add_header Content-Security-Policy "upgrade-insecure-requests" always;',
      },
      {
        platform: 'Apache',
        snippet: 'Header always set Content-Security-Policy "upgrade-insecure-requests"',
      },
      {
        platform: 'IIS',
        snippet: '<add name="Content-Security-Policy" value="upgrade-insecure-requests" />',
      },
      {
        platform: 'WordPress',
        snippet:
          'Settings → General: https:// addresses; replace http:// links in posts (e.g. a search-replace tool).',
      },
    ],
    defaultSeverity: 'medium',
    requiredArtifacts: ['HtmlDocument'],
    messages: {
      mixed: 'The <{{tag}} {{attribute}}> {{url}} is loaded over plain HTTP on a secure page.',
    },
    references: [
      'https://developer.mozilla.org/en-US/docs/Web/Security/Mixed_content',
      'https://www.w3.org/TR/mixed-content/',
    ],
  },
  check({ HtmlDocument: html }) {
    if (!html.url.startsWith('https:'))
      return notApplicable('The page itself is plain HTTP (see https-redirect-missing).')
    return html.insecureResources
      .filter((r) => r.tag !== 'script')
      .slice(0, MAX_FINDINGS)
      .map((r) => ({
        messageId: 'mixed' as const,
        data: { tag: r.tag, attribute: r.attribute, url: r.url },
        severity: r.active ? ('high' as const) : ('medium' as const),
        key: r.url,
      }))
  },
})
