import { defineRule } from '../define-rule.ts'
import { notApplicable } from '../types.ts'
import type { Problem } from '../types.ts'
import {
  advisoryIds,
  fixTarget,
  highestSeverity,
  libraryEvidence,
  libraryName,
  toSeverity,
} from '../lib/vulndb-report.ts'

type M = 'vulnerable' | 'vulnerableNoFix'

/** Known-vulnerable JavaScript libraries, judged against the Retire.js data (severity from it). */
export const jsLibraryVulnerable = defineRule({
  meta: {
    id: 'js-library-vulnerable',
    category: 'software',
    title: 'No JavaScript library with known vulnerabilities was found',
    failureTitle: 'The site loads JavaScript libraries with known vulnerabilities',
    description:
      'Old copies of popular libraries such as jQuery, Bootstrap or AngularJS have published security holes (often cross-site scripting). Attackers scan for these versions because the attack recipes are public.',
    remediation:
      'Upgrade each library to at least the fixed version shown, test the pages that use it, and remove copies that are no longer used. Prefer one copy served from your own site or a trusted CDN with Subresource Integrity.',
    fixes: [
      {
        platform: 'npm / bundler',
        snippet: 'npm install jquery@latest\nnpm audit\n# rebuild and redeploy the bundle',
      },
      {
        platform: 'WordPress',
        snippet:
          'Update WordPress core, themes and plugins (Dashboard → Updates); replace plugins that bundle their own old jQuery.',
      },
      {
        platform: 'CDN <script> tag',
        snippet:
          '<script src="https://cdn.jsdelivr.net/npm/jquery@3.7.1/dist/jquery.min.js" integrity="sha384-…" crossorigin="anonymous"></script>',
      },
    ],
    defaultSeverity: 'medium',
    requiredArtifacts: ['Scripts'],
    messages: {
      vulnerable:
        '{{name}} {{version}} has {{count}} known vulnerabilities (highest: {{highest}}; {{ids}}). Upgrade to {{fixed}} or later{{note}}.',
      vulnerableNoFix:
        '{{name}} {{version}} has {{count}} known vulnerabilities (highest: {{highest}}; {{ids}}) and at least one has no fixed release: replace the library{{note}}.',
    },
    references: [
      'https://github.com/RetireJS/retire.js',
      'https://owasp.org/Top10/A06_2021-Vulnerable_and_Outdated_Components/',
    ],
    checklist: ['SYS-02', 'WEB-04'],
  },
  check({ Scripts: scripts }, ctx) {
    const lookup = ctx.db?.libraryAdvisories
    if (!lookup) return notApplicable('No vulnerability data loaded (run "harbourscan db update").')
    const problems: Problem<M>[] = []
    for (const lib of scripts.libraries) {
      // End-of-life pseudo-advisories are js-library-end-of-life's business.
      const advisories = lookup(lib.library, lib.version).filter((a) => !a.endOfLife)
      if (advisories.length === 0) continue
      const fixed = fixTarget(advisories)
      const highest = highestSeverity(advisories)
      const ids = advisories.map(advisoryIds).slice(0, 8).join('; ')
      const note =
        lib.confidence === 'low'
          ? ' (the version comes only from a ?ver= URL hint, so confirm it)'
          : ''
      problems.push({
        messageId: fixed ? 'vulnerable' : 'vulnerableNoFix',
        data: {
          name: libraryName(lib.library),
          version: lib.version,
          count: advisories.length,
          highest,
          ids: advisories.length > 8 ? `${ids}; …` : ids,
          fixed: fixed ?? '',
          note,
        },
        severity: toSeverity(highest),
        evidence: [
          ...libraryEvidence(lib, ctx.db, 'retire'),
          ...advisories.slice(0, 10).map((a) => ({
            label: `${a.severity}: ${advisoryIds(a)}`,
            value:
              `${a.summary || a.cwe.join(', ')} (affects ${a.range.atOrAbove ? `${a.range.atOrAbove} to ` : ''}below ${a.range.below}) ${a.urls[0] ?? ''}`.trim(),
          })),
        ],
        key: `${lib.library}@${lib.version}`,
      })
    }
    return problems
  },
})
