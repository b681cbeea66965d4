import { serverSoftwareEndOfLife } from '../../../rules/software/server-software-end-of-life.ts'
import { testRule } from '../rule-tester.ts'
import { DB, NOW, product, software } from './fixture-db.ts'

testRule(serverSoftwareEndOfLife, {
  valid: [
    {
      name: 'current nginx and PHP',
      db: DB,
      now: NOW,
      artifacts: {
        Software: software(
          product({ product: 'nginx', kind: 'server', version: '1.30.4' }),
          product({ product: 'php', kind: 'runtime', version: '8.4.11' })
        ),
      },
    },
    {
      name: 'IIS 10.0 (Windows Server 2016 to 2025, not all ended)',
      db: DB,
      now: NOW,
      artifacts: {
        Software: software(product({ product: 'iis', kind: 'server', version: '10.0' })),
      },
    },
    {
      name: 'a CMS is not server software',
      db: DB,
      now: NOW,
      artifacts: {
        Software: software(
          product({ product: 'wordpress', kind: 'cms', version: '3.7.1' }),
          product({ product: 'nginx', kind: 'server', version: '1.30.0' })
        ),
      },
    },
  ],
  invalid: [
    {
      name: 'PHP 7.4.33 ended 2022-11-28',
      db: DB,
      now: NOW,
      artifacts: {
        Software: software(
          product({ product: 'php', kind: 'runtime', name: 'PHP', version: '7.4.33' })
        ),
      },
      errors: [{ messageId: 'endOfLife', severity: 'high', messageIncludes: '2022-11-28' }],
    },
    {
      name: 'nginx 1.18.0 (Ubuntu) is lower severity and names the distro',
      db: DB,
      now: NOW,
      artifacts: {
        Software: software(
          product({
            product: 'nginx',
            kind: 'server',
            name: 'nginx',
            version: '1.18.0',
            distro: 'Ubuntu',
          })
        ),
      },
      errors: [{ messageId: 'endOfLifeDistro', severity: 'medium', messageIncludes: 'Ubuntu' }],
    },
    {
      name: 'IIS 8.5 maps to Windows Server 2012 R2',
      db: DB,
      now: NOW,
      artifacts: {
        Software: software(
          product({ product: 'iis', kind: 'server', name: 'Microsoft IIS', version: '8.5' })
        ),
      },
      errors: [{ messageId: 'endOfLife', messageIncludes: '2023-10-10' }],
    },
    {
      name: 'Apache 2.2 older than a tracked patch',
      db: DB,
      now: NOW,
      artifacts: {
        Software: software(
          product({ product: 'apache-http-server', kind: 'server', version: '2.2.15' })
        ),
      },
      errors: [{ messageId: 'endOfLife', messageIncludes: '2017-07-11' }],
    },
  ],
  notApplicable: [
    {
      name: 'versions hidden',
      db: DB,
      now: NOW,
      artifacts: { Software: software(product({ product: 'nginx', kind: 'server' })) },
    },
    {
      name: 'behind a CDN',
      db: DB,
      now: NOW,
      artifacts: { Software: software(product({ product: 'cloudflare', kind: 'proxy' })) },
    },
    {
      name: 'no end-of-life data',
      now: NOW,
      artifacts: {
        Software: software(product({ product: 'php', kind: 'runtime', version: '7.4.33' })),
      },
    },
  ],
})
