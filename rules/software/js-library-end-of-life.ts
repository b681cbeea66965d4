import { defineRule } from '../define-rule.ts'
import { notApplicable } from '../types.ts'
import type { Problem } from '../types.ts'
import {
  LIBRARY_EOL_PRODUCT,
  libraryEvidence,
  libraryName,
  toSeverity,
} from '../lib/vulndb-report.ts'

type M = 'endOfLife' | 'endOfLifeSince'

/**
 * Libraries whose line no longer gets security fixes: Retire.js's end-of-life entries (e.g. "jQuery
 * 1.x and 2.x are End-of-Life") and endoflife.date cycles for the libraries it tracks.
 */
export const jsLibraryEndOfLife = defineRule({
  meta: {
    id: 'js-library-end-of-life',
    category: 'software',
    title: 'Every JavaScript library found is still supported',
    failureTitle: 'The site loads JavaScript libraries that are no longer supported',
    description:
      'When a library line reaches end of life its authors stop fixing security holes. Every problem found from then on stays open, so the site drifts further out of date with each new advisory.',
    remediation:
      'Plan a migration to a supported major version (for example jQuery 3 or later, Angular instead of AngularJS, Vue 3). Until then, keep the last release of the old line and restrict what user input reaches it.',
    fixes: [
      {
        platform: 'npm / bundler',
        snippet:
          'npm install jquery@3 --save\n# AngularJS has no upgrade in place: plan the move to Angular',
      },
      {
        platform: 'jQuery Migrate',
        snippet:
          '<script src="/js/jquery-3.7.1.min.js"></script>\n<script src="/js/jquery-migrate-3.5.2.min.js"></script>\n<!-- shows what old code still needs, in the browser console -->',
      },
    ],
    defaultSeverity: 'medium',
    requiredArtifacts: ['Scripts'],
    messages: {
      endOfLife:
        '{{name}} {{version}} is end of life ({{reason}}): it gets no more security fixes.',
      endOfLifeSince:
        '{{name}} {{version}} reached end of life on {{date}} (cycle {{cycle}}): it gets no more security fixes.',
    },
    references: [
      'https://endoflife.date/',
      'https://github.com/RetireJS/retire.js',
      'https://cwe.mitre.org/data/definitions/1104.html',
    ],
    checklist: ['SYS-02', 'WEB-04'],
  },
  check({ Scripts: scripts }, ctx) {
    const { db, now } = ctx
    if (!db?.libraryAdvisories && !db?.eolStatus)
      return notApplicable(
        'No vulnerability or end-of-life data loaded (run "harbourscan db update").'
      )
    const problems: Problem<M>[] = []
    for (const lib of scripts.libraries) {
      const base = {
        evidence: libraryEvidence(lib, db, ''),
        key: `${lib.library}@${lib.version}`,
      }
      const name = libraryName(lib.library)
      const product = LIBRARY_EOL_PRODUCT[lib.library]
      const status = product ? db.eolStatus?.(product, lib.version, now) : undefined
      if (status?.endOfLife) {
        const cycle = status.cycles.map((c) => c.cycle).join(', ')
        problems.push({
          ...base,
          ...(status.eolDate
            ? {
                messageId: 'endOfLifeSince',
                data: { name, version: lib.version, date: status.eolDate, cycle },
              }
            : {
                messageId: 'endOfLife',
                data: { name, version: lib.version, reason: `cycle ${cycle}, endoflife.date` },
              }),
        })
        continue
      }
      const pseudo = (db.libraryAdvisories?.(lib.library, lib.version) ?? []).find(
        (a) => a.endOfLife
      )
      if (pseudo) {
        problems.push({
          ...base,
          messageId: 'endOfLife',
          data: {
            name,
            version: lib.version,
            reason: pseudo.summary.replace(/[.\s]+$/, '') || 'Retire.js',
          },
          // Retire rates these "low"; an unsupported library line is at least medium for us.
          severity: toSeverity(pseudo.severity) === 'high' ? 'high' : 'medium',
        })
      }
    }
    return problems
  },
})
