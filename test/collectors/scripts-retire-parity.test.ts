/**
 * The retire CLI as an oracle (libraries.md §11): on the same real files, HarbourScan finds every
 * library+version retire finds, plus the CDN and ?ver= forms retire cannot see.
 */
import { join } from 'node:path'
import { afterAll, expect, it } from 'vitest'
import {
  compare,
  harbourscanFindings,
  prepareFixture,
  RETIRE_REPO,
  runRetire,
} from '../../bench/library-oracle.ts'
import { scan } from '../../scanner/scan.ts'
import { updateDb } from '../../scanner/vulndb/update.ts'
import { startRange } from '../range/index.ts'

const { site, folder, dataDir, remove } = prepareFixture()
afterAll(remove)

it('finds everything the retire CLI finds, and the CDN/?ver= forms it misses', async () => {
  process.env.HARBOURSCAN_DATA_DIR = dataDir
  await updateDb({ dir: join(dataDir, 'db'), now: new Date(), from: RETIRE_REPO })
  const range = await startRange([site.spec])
  try {
    const retire = await runRetire(folder)
    const { collected } = await scan(range.site('libraries').url, {
      allowPrivate: true,
      anyPort: true,
    })
    const result = compare(
      retire.findings,
      harbourscanFindings(collected.values.Scripts!.libraries)
    )
    expect(result.missed).toEqual([])
    expect(result.both).toBeGreaterThan(25)
    expect(result.extra).toEqual(
      expect.arrayContaining([
        '/npm/lodash@4.17.4/lodash.min.js: lodash@4.17.4',
        '/wp-includes/js/jquery/jquery.min.js?ver=1.11.3: jquery@1.11.3',
      ])
    )
  } finally {
    await range.close()
  }
}, 120_000)
