/**
 * Server and CMS software on range pages (headers and generator metas of end-of-life, outdated and
 * current versions), judged with the endoflife.date data beside the project.
 */
import { mkdtempSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ScanResult } from '../../rules/types.ts'
import { scan } from '../../scanner/scan.ts'
import { updateDb } from '../../scanner/vulndb/update.ts'
import { startRange, type Range } from '../range/index.ts'
import { SOFTWARE_SITES } from '../range/libraries.ts'
import { SHARED_DATA } from '../vulndb/shared-data.ts'

const dataDir = mkdtempSync(join(tmpdir(), 'harbourscan-software-'))
let range: Range
const results = new Map<string, ScanResult>()
const SOFTWARE_RULES = [
  'server-software-end-of-life',
  'server-software-outdated',
  'cms-end-of-life',
  'cms-outdated',
]

beforeAll(async () => {
  process.env.HARBOURSCAN_DATA_DIR = dataDir
  await updateDb({ dir: join(dataDir, 'db'), now: new Date(), from: SHARED_DATA })
  range = await startRange(SOFTWARE_SITES.map(({ expect: _expect, ...spec }) => spec))
  for (const site of SOFTWARE_SITES) {
    const { result } = await scan(range.site(site.name).url, { allowPrivate: true, anyPort: true })
    results.set(site.name, result)
  }
}, 120_000)

afterAll(async () => {
  await range?.close()
  await rm(dataDir, { recursive: true, force: true })
})

describe('server and CMS software on the range', () => {
  for (const site of SOFTWARE_SITES) {
    it(`${site.name}: reports exactly what is expected`, () => {
      const result = results.get(site.name)!
      for (const ruleId of SOFTWARE_RULES) {
        const rule = result.rules.find((r) => r.ruleId === ruleId)!
        const wanted = site.expect[ruleId] ?? []
        const messages = rule.findings.map((f) => f.message)
        expect(messages.length, `${ruleId}: ${messages.join(' | ')}`).toBe(wanted.length)
        for (const text of wanted) expect(messages.join('\n')).toContain(text)
        if (wanted.length === 0) expect(rule.status, ruleId).not.toBe('fail')
      }
    })
  }

  it('sees Joomla without a version and says so instead of passing', () => {
    const cms = results.get('software-eol')!.rules.find((r) => r.ruleId === 'cms-end-of-life')!
    expect(cms.status).toBe('not-applicable')
    expect(cms.reason).toContain('Joomla!')
  })
})
