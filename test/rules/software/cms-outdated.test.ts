import { cmsOutdated } from '../../../rules/software/cms-outdated.ts'
import { testRule } from '../rule-tester.ts'
import { DB, NOW, product, software } from './fixture-db.ts'

testRule(cmsOutdated, {
  valid: [
    {
      name: 'latest WordPress',
      db: DB,
      now: NOW,
      artifacts: {
        Software: software(product({ product: 'wordpress', kind: 'cms', version: '6.9.1' })),
      },
    },
    {
      name: 'EOL is the other rule',
      db: DB,
      now: NOW,
      artifacts: {
        Software: software(product({ product: 'wordpress', kind: 'cms', version: '6.4.2' })),
      },
    },
  ],
  invalid: [
    {
      name: 'WordPress 6.9 behind 6.9.1',
      db: DB,
      now: NOW,
      artifacts: {
        Software: software(
          product({ product: 'wordpress', kind: 'cms', name: 'WordPress', version: '6.9' })
        ),
      },
      errors: [{ messageId: 'behind', severity: 'medium', messageIncludes: '6.9.1' }],
    },
  ],
  notApplicable: [
    {
      name: 'no version',
      db: DB,
      now: NOW,
      artifacts: { Software: software(product({ product: 'wordpress', kind: 'cms' })) },
    },
  ],
})
