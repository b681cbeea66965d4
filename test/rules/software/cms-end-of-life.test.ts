import { cmsEndOfLife } from '../../../rules/software/cms-end-of-life.ts'
import { testRule } from '../rule-tester.ts'
import { DB, NOW, product, software } from './fixture-db.ts'

testRule(cmsEndOfLife, {
  valid: [
    {
      name: 'WordPress 6.9.1',
      db: DB,
      now: NOW,
      artifacts: {
        Software: software(product({ product: 'wordpress', kind: 'cms', version: '6.9.1' })),
      },
    },
    {
      name: 'Drupal 10 (major only; 10.6 still supported)',
      db: DB,
      now: NOW,
      artifacts: { Software: software(product({ product: 'drupal', kind: 'cms', version: '10' })) },
    },
  ],
  invalid: [
    {
      name: 'WordPress 6.4.2',
      db: DB,
      now: NOW,
      artifacts: {
        Software: software(
          product({ product: 'wordpress', kind: 'cms', name: 'WordPress', version: '6.4.2' })
        ),
      },
      errors: [{ messageId: 'backportsMissed', severity: 'high', messageIncludes: 'at 6.4.7' }],
    },
    {
      name: 'WordPress 6.4.7: an ended branch, patched to its latest back-ported security release',
      db: DB,
      now: NOW,
      artifacts: {
        Software: software(product({ product: 'wordpress', kind: 'cms', version: '6.4.7' })),
      },
      errors: [{ messageId: 'backportsOnly', severity: 'medium', messageIncludes: 'branch 6.4' }],
    },
    {
      name: 'WordPress 3.7.41: below 4.7, no back-ports any more',
      db: DB,
      now: NOW,
      artifacts: {
        Software: software(product({ product: 'wordpress', kind: 'cms', version: '3.7.41' })),
      },
      errors: [{ messageId: 'endOfLife', severity: 'high', messageIncludes: 'no more security' }],
    },
    {
      name: 'WordPress 2.9 is older than every branch in the data',
      db: DB,
      now: NOW,
      artifacts: {
        Software: software(product({ product: 'wordpress', kind: 'cms', version: '2.9' })),
      },
      errors: [{ messageId: 'endOfLife', messageIncludes: '3.7' }],
    },
    {
      name: 'WordPress version only from an asset URL says so, at medium',
      db: DB,
      now: NOW,
      artifacts: {
        Software: software(
          product({
            product: 'wordpress',
            kind: 'cms',
            name: 'WordPress',
            version: '6.4.2',
            confidence: 'low',
          })
        ),
      },
      errors: [
        { messageId: 'backportsMissed', severity: 'medium', messageIncludes: 'unconfirmed' },
      ],
    },
    {
      name: 'Drupal 7',
      db: DB,
      now: NOW,
      artifacts: { Software: software(product({ product: 'drupal', kind: 'cms', version: '7' })) },
      errors: [{ messageId: 'endOfLife', messageIncludes: '2025-01-05' }],
    },
    {
      name: 'Joomla 3.10.12',
      db: DB,
      now: NOW,
      artifacts: {
        Software: software(product({ product: 'joomla', kind: 'cms', version: '3.10.12' })),
      },
      errors: [{ messageId: 'endOfLife', messageIncludes: '2023-08-17' }],
    },
  ],
  notApplicable: [
    {
      name: 'Joomla without a version',
      db: DB,
      now: NOW,
      artifacts: { Software: software(product({ product: 'joomla', kind: 'cms' })) },
    },
    { name: 'no CMS', db: DB, now: NOW, artifacts: { Software: software() } },
  ],
})
