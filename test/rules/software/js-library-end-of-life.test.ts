import { jsLibraryEndOfLife } from '../../../rules/software/js-library-end-of-life.ts'
import { testRule } from '../rule-tester.ts'
import { DB, NOW, library, scripts } from './fixture-db.ts'

testRule(jsLibraryEndOfLife, {
  valid: [
    {
      name: 'jQuery 3 is supported',
      db: DB,
      now: NOW,
      artifacts: { Scripts: scripts([library('jquery', '3.7.1')]) },
    },
    {
      name: 'knockout 3.5 is past the EOL entry',
      db: DB,
      now: NOW,
      artifacts: { Scripts: scripts([library('knockout', '3.5.1')]) },
    },
  ],
  invalid: [
    {
      name: 'jQuery 1.12.4 via endoflife.date (eol: true)',
      db: DB,
      now: NOW,
      artifacts: { Scripts: scripts([library('jquery', '1.12.4')]) },
      errors: [{ messageId: 'endOfLife', messageIncludes: 'cycle 1' }],
    },
    {
      name: 'knockout via the Retire.js EOL entry',
      db: DB,
      now: NOW,
      artifacts: { Scripts: scripts([library('knockout', '3.4.2')]) },
      errors: [
        {
          messageId: 'endOfLife',
          severity: 'medium',
          messageIncludes: 'knockout 3.4 and earlier are End-of-Life',
        },
      ],
    },
  ],
  notApplicable: [
    { name: 'no data', now: NOW, artifacts: { Scripts: scripts([library('jquery', '1.12.4')]) } },
  ],
})
