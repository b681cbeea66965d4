import { defineRule } from '../define-rule.ts'
import { originOf } from '../lib/web.ts'
import { notApplicable } from '../types.ts'

const MAX_FINDINGS = 20

/** Scripts and stylesheets from another origin (exact scheme+host+port) must carry integrity. */
export const sriMissing = defineRule({
  meta: {
    id: 'sri-missing',
    category: 'content',
    title: 'Scripts from other sites are checked before they run (SRI)',
    failureTitle: 'Scripts from other sites run unchecked (no Subresource Integrity)',
    description:
      'When a page loads a script from another site (a CDN, a widget), whoever controls that site controls your page. An integrity="sha384-…" attribute makes the browser refuse the file if it was changed, as in the Polyfill.io and other CDN compromises.',
    remediation:
      'Add integrity and crossorigin="anonymous" to every <script> and stylesheet <link> loaded from another origin (CDNs show the value next to the URL), or host the files yourself.',
    fixes: [
      {
        platform: 'HTML',
        snippet:
          '<script src="https://cdn.example.net/lib.min.js"\n  integrity="sha384-…" crossorigin="anonymous"></script>',
      },
      {
        platform: 'Generate the hash',
        snippet: 'curl -s URL | openssl dgst -sha384 -binary | openssl base64 -A',
      },
      {
        platform: 'nginx / Apache / IIS',
        snippet:
          'Not a server setting: change the page templates. To enforce it, add "require-sri-for script" only where supported, or self-host the files.',
      },
      {
        platform: 'WordPress',
        snippet:
          'Use a plugin that adds integrity to enqueued CDN scripts, or self-host them with the theme.',
      },
    ],
    defaultSeverity: 'medium',
    requiredArtifacts: ['HtmlDocument'],
    messages: {
      noIntegrity: 'The {{kind}} {{url}} comes from another origin and has no integrity attribute.',
    },
    references: [
      'https://developer.mozilla.org/en-US/docs/Web/Security/Subresource_Integrity',
      'https://www.w3.org/TR/SRI/',
    ],
  },
  check({ HtmlDocument: html }) {
    const pageOrigin = originOf(html.url)
    const external = [
      ...html.scripts.flatMap((s) =>
        s.url ? [{ kind: 'script', url: s.url, integrity: s.integrity }] : []
      ),
      ...html.links
        .filter((l) => l.rel.split(/\s+/).includes('stylesheet') && l.url)
        .map((l) => ({ kind: 'stylesheet', url: l.url as string, integrity: l.integrity })),
    ].filter((r) => originOf(r.url) !== pageOrigin)
    if (external.length === 0)
      return notApplicable('The page loads no scripts or stylesheets from other origins.')
    return external
      .filter((r) => !r.integrity?.trim())
      .slice(0, MAX_FINDINGS)
      .map((r) => ({
        messageId: 'noIntegrity' as const,
        data: { kind: r.kind, url: r.url },
        key: r.url,
      }))
  },
})
