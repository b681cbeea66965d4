import { serverSoftwareOutdated } from '../../../rules/software/server-software-outdated.ts'
import { testRule } from '../rule-tester.ts'
import { DB, NOW, product, software } from './fixture-db.ts'

testRule(serverSoftwareOutdated, {
  valid: [
    {
      name: 'latest of its cycle',
      db: DB,
      now: NOW,
      artifacts: {
        Software: software(product({ product: 'nginx', kind: 'server', version: '1.30.4' })),
      },
    },
    {
      name: 'end of life is the other rule',
      db: DB,
      now: NOW,
      artifacts: {
        Software: software(product({ product: 'php', kind: 'runtime', version: '7.4.3' })),
      },
    },
    {
      name: 'unknown product',
      db: DB,
      now: NOW,
      artifacts: {
        Software: software(product({ product: 'openresty', kind: 'server', version: '1.21.4' })),
      },
    },
  ],
  invalid: [
    {
      name: 'nginx 1.30.1 behind 1.30.4',
      db: DB,
      now: NOW,
      artifacts: {
        Software: software(
          product({ product: 'nginx', kind: 'server', name: 'nginx', version: '1.30.1' })
        ),
      },
      errors: [{ messageId: 'behind', severity: 'low', messageIncludes: '1.30.4' }],
    },
    {
      name: 'Debian build is info only',
      db: DB,
      now: NOW,
      artifacts: {
        Software: software(
          product({
            product: 'apache-http-server',
            kind: 'server',
            version: '2.4.38',
            distro: 'Debian',
          })
        ),
      },
      errors: [{ messageId: 'behindDistro', severity: 'info', messageIncludes: 'Debian' }],
    },
  ],
  notApplicable: [
    {
      name: 'version hidden',
      db: DB,
      now: NOW,
      artifacts: { Software: software(product({ product: 'apache-http-server', kind: 'server' })) },
    },
  ],
})
