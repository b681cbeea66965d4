/**
 * Library detection: HarbourScan's whole process (start, load the data, fetch the page and its 36
 * scripts over HTTP from the loopback range, detect) against the retire CLI's whole process on the
 * same files already on disk, offline, with the same Retire.js data. Medians of N runs, as a ratio.
 */
import { availableParallelism, loadavg } from 'node:os'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { startRange } from '../test/range/index.ts'
import { updateDb } from '../scanner/vulndb/update.ts'
import {
  compare,
  harbourscanFindings,
  prepareFixture,
  RETIRE_REPO,
  runRetire,
  timedNode,
  type Timed,
} from './library-oracle.ts'
import { median } from './median.ts'

const RUNS = 7

export async function benchLibraries(): Promise<{ name: string; lines: string[] }> {
  const { site, folder, dataDir, remove } = prepareFixture()
  await updateDb({ dir: join(dataDir, 'db'), now: new Date(), from: RETIRE_REPO })
  const range = await startRange([site.spec])
  const url = range.site('libraries').url
  const env = { ...process.env, HARBOURSCAN_DATA_DIR: dataDir }
  // The product as a user runs it, limited to the library/software checks.
  const artifacts = `${folder}-artifacts.json`
  const cli = join(import.meta.dirname, '..', 'scanner', 'bin.mjs')
  const args = ['scan', url, '--allow-private', '--only', 'software', '--format', 'json']
  const ours = () => timedNode([cli, ...args, '--save-artifacts', artifacts], env)
  try {
    // Warm the OS file cache and check both find the same things before timing.
    await ours()
    const retireFirst = await runRetire(folder)
    const saved = JSON.parse(readFileSync(artifacts, 'utf8')) as {
      values: { Scripts: { libraries: never[] } }
    }
    const scripts = saved.values.Scripts
    const parity = compare(retireFirst.findings, harbourscanFindings(scripts.libraries))
    const retireRuns: Timed[] = []
    const ourRuns: Timed[] = []
    for (let i = 0; i < RUNS; i++) {
      retireRuns.push(await runRetire(folder))
      ourRuns.push(await ours())
    }
    const r = median(retireRuns.map((t) => t.ms))
    const h = median(ourRuns.map((t) => t.ms))
    const rc = median(retireRuns.map((t) => t.cpuMs ?? NaN))
    const hc = median(ourRuns.map((t) => t.cpuMs ?? NaN))
    const files = Object.keys(site.spec.files ?? {}).length
    return {
      name: 'Library detection vs retire CLI',
      lines: [
        `files: ${files} real library files (npm), same Retire.js data (jsrepository-v5.json)`,
        `retire CLI (folder on disk, offline):        median ${r.toFixed(0)} ms over ${RUNS} runs`,
        `HarbourScan (scan --only software, HTTP):  median ${h.toFixed(0)} ms over ${RUNS} runs`,
        `ratio HarbourScan / retire (wall): ${(h / r).toFixed(2)}x (goal <= 0.50x)`,
        `CPU time (user+sys, all threads): retire ${rc.toFixed(0)} ms, HarbourScan ${hc.toFixed(0)} ms, ratio ${(hc / rc).toFixed(2)}x`,
        `machine load average at the end: ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores (other work inflates both)`,
        `detection: ${parity.both} found by both, ${parity.missed.length} missed by HarbourScan, ${parity.extra.length} found only by HarbourScan`,
      ],
    }
  } finally {
    await range.close()
    await remove()
  }
}
