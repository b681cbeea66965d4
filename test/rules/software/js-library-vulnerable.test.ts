import { jsLibraryVulnerable } from '../../../rules/software/js-library-vulnerable.ts'
import { createRuleDb } from '../../../rules/lib/vulndb.ts'
import { testRule } from '../rule-tester.ts'
import { DB, EOL, NOW, library, scripts } from './fixture-db.ts'

testRule(jsLibraryVulnerable, {
  valid: [
    {
      name: 'current jQuery',
      db: DB,
      now: NOW,
      artifacts: { Scripts: scripts([library('jquery', '3.7.1')]) },
    },
    {
      name: 'jQuery 3.5.0 is at the fix version',
      db: DB,
      now: NOW,
      artifacts: { Scripts: scripts([library('jquery', '3.5.0')]) },
    },
    {
      name: 'unknown library',
      db: DB,
      now: NOW,
      artifacts: { Scripts: scripts([library('left-pad', '1.0.0')]) },
    },
    { name: 'no scripts', db: DB, now: NOW, artifacts: { Scripts: scripts([]) } },
  ],
  invalid: [
    {
      name: 'jQuery 1.12.4 (3 advisories, fix 3.5.0, highest high)',
      db: DB,
      now: NOW,
      artifacts: { Scripts: scripts([library('jquery', '1.12.4')]) },
      errors: [
        { messageId: 'vulnerable', severity: 'high', messageIncludes: 'Upgrade to 3.5.0 or later' },
      ],
    },
    {
      name: 'excluded build only matches the ranges without excludes',
      db: DB,
      now: NOW,
      artifacts: { Scripts: scripts([library('jquery', '1.12.4-aem')]) },
      errors: [{ messageId: 'vulnerable', severity: 'medium', messageIncludes: 'CVE-2020-11022' }],
    },
    {
      name: '1.8.3 matches the below-1.9.0b1 entry too',
      db: DB,
      now: NOW,
      artifacts: { Scripts: scripts([library('jquery', '1.8.3')]) },
      errors: [{ messageId: 'vulnerable', messageIncludes: 'CVE-2012-6708' }],
    },
    {
      name: 'no fixed release',
      db: DB,
      now: NOW,
      artifacts: { Scripts: scripts([library('tinyMCE', '7.0.0')]) },
      errors: [{ messageId: 'vulnerableNoFix', severity: 'critical' }],
    },
    {
      name: 'version from ?ver= only says so',
      db: DB,
      now: NOW,
      artifacts: { Scripts: scripts([library('jquery', '3.4.1', 'query-ver')]) },
      errors: [{ messageId: 'vulnerable', messageIncludes: '?ver=' }],
    },
  ],
  notApplicable: [
    {
      name: 'no vulnerability data loaded',
      db: createRuleDb(undefined, EOL),
      now: NOW,
      artifacts: { Scripts: scripts([library('jquery', '1.12.4')]) },
    },
    {
      name: 'no database at all',
      now: NOW,
      artifacts: { Scripts: scripts([library('jquery', '1.12.4')]) },
    },
  ],
})
