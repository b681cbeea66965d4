/**
 * Library detection: HarbourScan's whole process (start, load the data, fetch the page and its 36
 * scripts over HTTP from the loopback range, detect) against the retire CLI's whole process on the
 * same files already on disk, offline, with the same Retire.js data. Medians of N runs, as a ratio.
 */
import { execFile } from 'node:child_process'
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { startRange } from '../test/range/index.ts'
import { updateDb } from '../scanner/vulndb/update.ts'
import {
  compare,
  harbourscanFindings,
  prepareFixture,
  RETIRE_REPO,
  runRetire,
} from './library-oracle.ts'

const run = promisify(execFile)
const RUNS = 7
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

export async function benchLibraries(): Promise<{ name: string; lines: string[] }> {
  const { site, folder } = prepareFixture()
  const dataDir = `${folder}-data`
  await updateDb({ dir: join(dataDir, 'db'), now: new Date(), from: RETIRE_REPO })
  const range = await startRange([site.spec])
  const url = range.site('libraries').url
  const env = { ...process.env, HARBOURSCAN_DATA_DIR: dataDir }
  const ours = async () => {
    const started = performance.now()
    const { stdout } = await run(
      process.execPath,
      [join(import.meta.dirname, 'library-scan.ts'), url],
      {
        env,
        timeout: 120_000,
        maxBuffer: 64 * 1024 * 1024,
      }
    )
    return { ms: performance.now() - started, stdout }
  }
  try {
    // Warm the OS file cache and check both find the same things before timing.
    const first = await ours()
    const retireFirst = await runRetire(folder)
    const scripts = (JSON.parse(first.stdout) as { scripts: { libraries: never[] } }).scripts
    const parity = compare(retireFirst.findings, harbourscanFindings(scripts.libraries))
    const retireMs: number[] = []
    const oursMs: number[] = []
    for (let i = 0; i < RUNS; i++) {
      retireMs.push((await runRetire(folder)).ms)
      oursMs.push((await ours()).ms)
    }
    const r = median(retireMs)
    const h = median(oursMs)
    const files = Object.keys(site.spec.files ?? {}).length
    return {
      name: 'Library detection vs retire CLI',
      lines: [
        `files: ${files} real library files (npm), same Retire.js data (jsrepository-v5.json)`,
        `retire CLI (folder on disk, offline):        median ${r.toFixed(0)} ms over ${RUNS} runs`,
        `HarbourScan (whole process, over HTTP):      median ${h.toFixed(0)} ms over ${RUNS} runs`,
        `ratio HarbourScan / retire: ${(h / r).toFixed(2)}x (goal <= 0.50x)`,
        `detection: ${parity.both} found by both, ${parity.missed.length} missed by HarbourScan, ${parity.extra.length} found only by HarbourScan`,
      ],
    }
  } finally {
    await range.close()
    await rm(folder, { recursive: true, force: true })
    await rm(dataDir, { recursive: true, force: true })
  }
}
