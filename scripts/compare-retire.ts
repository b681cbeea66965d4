/**
 * `npm run compare:retire`: the retire CLI (offline, --jsrepo ../shared/data/retire/
 * jsrepository-v5.json) and HarbourScan on the same real library files. HarbourScan must find every
 * library+version retire finds; what only HarbourScan finds (CDN paths, ?ver=) is listed too.
 * Exit 1 when HarbourScan misses anything.
 */
import { join } from 'node:path'
import {
  compare,
  harbourscanFindings,
  prepareFixture,
  RETIRE_REPO,
  runRetire,
  SHARED_DATA,
} from '../bench/library-oracle.ts'
import { startRange } from '../test/range/index.ts'

const { site, folder, dataDir, remove } = prepareFixture()
process.env.HARBOURSCAN_DATA_DIR = dataDir
const { updateDb } = await import('../scanner/vulndb/update.ts')
const { scan } = await import('../scanner/scan.ts')
const range = await startRange([site.spec])
try {
  const outcome = await updateDb({ dir: join(dataDir, 'db'), now: new Date(), from: RETIRE_REPO })
  if (outcome.failures.length) throw new Error(outcome.failures.join('; '))
  await updateDb({
    dir: join(dataDir, 'db'),
    now: new Date(),
    from: join(SHARED_DATA, 'endoflife'),
  })
  const retire = await runRetire(folder)
  const { collected } = await scan(range.site('libraries').url, {
    allowPrivate: true,
    anyPort: true,
  })
  const ours = harbourscanFindings(collected.values.Scripts?.libraries ?? [])
  const result = compare(retire.findings, ours)
  const out = process.stdout
  out.write(
    `Files: ${Object.keys(site.spec.files ?? {}).length} (retire scans the folder, HarbourScan fetches them over HTTP)\n`
  )
  out.write(`Data: ${RETIRE_REPO.slice(SHARED_DATA.length - 'shared/data'.length)} for both\n`)
  out.write(`Found by both: ${result.both}\n`)
  out.write(`Found by retire only (HarbourScan misses): ${result.missed.length}\n`)
  for (const line of result.missed) out.write(`  - ${line}\n`)
  out.write(`Found by HarbourScan only: ${result.extra.length}\n`)
  for (const line of result.extra) out.write(`  + ${line}\n`)
  process.exitCode = result.missed.length === 0 ? 0 : 1
} finally {
  await range.close()
  await remove()
}
