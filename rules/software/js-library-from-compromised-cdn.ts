import { defineRule } from '../define-rule.ts'
import { notApplicable } from '../types.ts'
import type { Problem } from '../types.ts'
import { dataDate, toSeverity } from '../lib/vulndb-report.ts'

/** Scripts loaded from hosts known to have served malicious code (polyfill.io and its family). */
export const jsLibraryFromCompromisedCdn = defineRule({
  meta: {
    id: 'js-library-from-compromised-cdn',
    category: 'software',
    title: 'No script is loaded from a known compromised CDN',
    failureTitle: 'The site loads scripts from a CDN known to serve malicious code',
    description:
      'Some script hosts changed hands and began injecting malware into the code they serve (polyfill.io in 2024 reached over 100,000 sites). Every visitor runs that code with full access to your pages, logins and forms.',
    remediation:
      'Remove the script tag now. If the feature is still needed, self-host a known-good copy or use a reputable CDN mirror (Cloudflare and Fastly offer polyfill replacements), and add Subresource Integrity hashes.',
    fixes: [
      {
        platform: 'HTML',
        snippet:
          '<!-- before -->\n<script src="https://cdn.polyfill.io/v3/polyfill.min.js"></script>\n<!-- after: remove, or -->\n<script src="https://cdnjs.cloudflare.com/polyfill/v3/polyfill.min.js"></script>',
      },
      {
        platform: 'Content-Security-Policy',
        snippet: "Content-Security-Policy: script-src 'self' https://cdn.jsdelivr.net",
      },
    ],
    defaultSeverity: 'high',
    requiredArtifacts: ['Scripts'],
    messages: {
      compromised:
        'The page loads {{url}} from {{host}}, a host known to serve malicious code ({{summary}}).',
    },
    references: [
      'https://sansec.io/research/polyfill-supply-chain-attack',
      'https://github.com/RetireJS/retire.js/blob/master/repository/jsrepository-backdoored.json',
    ],
    checklist: ['SYS-02', 'WEB-04'],
  },
  check({ Scripts: scripts }, ctx) {
    const match = ctx.db?.compromisedHost
    if (!match) return notApplicable('No vulnerability data loaded (run "harbourscan db update").')
    const problems: Problem<'compromised'>[] = []
    for (const script of scripts.scripts) {
      const hit = match(script.url)
      if (!hit) continue
      const host = (() => {
        try {
          return new URL(script.url).host
        } catch {
          return hit.id
        }
      })()
      problems.push({
        messageId: 'compromised',
        data: {
          url: script.url,
          host,
          summary: hit.summary.replace(/[.\s]+$/, ''),
        },
        severity: toSeverity(hit.severity),
        evidence: [
          { label: 'Script', value: script.url },
          ...hit.urls.slice(0, 3).map((u) => ({ label: 'Report', value: u })),
          { label: 'Data', value: dataDate(ctx.db, 'retire') },
        ],
        key: host,
      })
    }
    return problems
  },
})
