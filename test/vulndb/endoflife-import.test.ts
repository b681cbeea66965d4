import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { eolStatus } from '../../rules/lib/vulndb.ts'
import { buildEolDb } from '../../scanner/vulndb/build.ts'
import {
  importEndoflifeApi,
  importEndoflifeMarkdown,
} from '../../scanner/vulndb/endoflife-import.ts'
import { ENDOFLIFE_DIR } from './shared-data.ts'

const NOW = new Date('2026-11-01T00:00:00Z')

function sharedEolDb() {
  const products = readdirSync(ENDOFLIFE_DIR)
    .filter((f) => f.endsWith('.md'))
    .map((f) =>
      importEndoflifeMarkdown(f.slice(0, -3), readFileSync(join(ENDOFLIFE_DIR, f), 'utf8'))
    )
  return buildEolDb(products, 'x', { origin: 'test' }, NOW, [])
}

describe('endoflife.date products', () => {
  const db = sharedEolDb()

  it('imports all 25 product files and dates the snapshot from the data', () => {
    expect(Object.keys(db.products)).toHaveLength(25)
    expect(db.meta.upstreamDate).toBe('2026-08-20')
    expect(db.meta.upstreamDateFrom).toBe('latest-release-in-data')
  })

  it('matches the sample facts of libraries.md §10', () => {
    expect(eolStatus(db, 'php', '7.4.33', NOW)).toMatchObject({
      endOfLife: true,
      eolDate: '2022-11-28',
    })
    expect(eolStatus(db, 'php', '8.2.10', NOW)).toMatchObject({
      endOfLife: false,
      securityOnly: true,
    })
    expect(eolStatus(db, 'nginx', '1.18.0', NOW)).toMatchObject({
      endOfLife: true,
      eolDate: '2021-04-20',
    })
    expect(eolStatus(db, 'apache-http-server', '2.4.41', NOW)).toMatchObject({
      endOfLife: false,
      latest: '2.4.68',
      behindLatest: true,
    })
    expect(eolStatus(db, 'apache-http-server', '2.2.34', NOW)).toMatchObject({
      endOfLife: true,
      eolDate: '2017-07-11',
    })
    expect(eolStatus(db, 'joomla', '3.10.12', NOW)).toMatchObject({
      endOfLife: true,
      eolDate: '2023-08-17',
    })
    expect(eolStatus(db, 'jquery', '1.12.4', NOW)).toMatchObject({
      endOfLife: true,
      latest: '1.12.4',
      behindLatest: false,
    })
    expect(eolStatus(db, 'wordpress', '6.4.2', NOW)?.latest).toBe('6.4.10')
  })

  it('picks the longest matching cycle and handles major-only versions', () => {
    expect(eolStatus(db, 'magento', '2.4.7-p3', NOW)?.cycles.map((c) => c.cycle)).toEqual(['2.4.7'])
    const drupal10 = eolStatus(db, 'drupal', '10', NOW)!
    expect(drupal10.cycles.length).toBeGreaterThan(1)
    expect(drupal10.endOfLife).toBe(false)
  })
})

describe('endoflife.date API answers (synthetic)', () => {
  it('reads the legacy array form', () => {
    const p = importEndoflifeApi('php', [
      { cycle: '7.4', eol: '2022-11-28', latest: '7.4.33', support: '2021-11-28' },
    ])
    expect(p.cycles[0]).toMatchObject({
      cycle: '7.4',
      eol: '2022-11-28',
      eoas: '2021-11-28',
      latest: '7.4.33',
    })
  })
  it('reads the v1 form', () => {
    const p = importEndoflifeApi('php', {
      result: {
        label: 'PHP',
        releases: [
          {
            name: '8.4',
            isEol: false,
            eolFrom: '2028-12-31',
            latest: { name: '8.4.11', date: '2026-07-01' },
          },
        ],
      },
    })
    expect(p).toMatchObject({
      title: 'PHP',
      cycles: [{ cycle: '8.4', eol: '2028-12-31', latest: '8.4.11' }],
    })
  })
  it('rejects files without front matter', () => {
    expect(() => importEndoflifeMarkdown('x', '# no front matter')).toThrow(/front matter/)
  })
})
