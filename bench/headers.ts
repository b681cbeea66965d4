/**
 * Header scan: HarbourScan against the MDN HTTP Observatory 1.4.8 CLI on the same web range sites
 * (127.0.0.x:80/443, so both scan a bare address). Whole processes for both (start-up included),
 * medians of RUNS per site, summed over the sites; plus HarbourScan's in-process web scan.
 */
import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { createTestPki } from '../test/range/pki.ts'
import { WEB_PRESETS } from '../test/range/web-presets.ts'
import { startWebSites } from '../test/range/web-sites.ts'
import {
  ensureObservatory,
  runHarbourScan,
  runObservatory,
  timeObservatoryInProcess,
} from '../scripts/observatory-oracle.ts'
import { median } from './median.ts'

const run = promisify(execFile)
const RUNS = 3
// The installed executable (package.json "bin"), as a user runs it.
const CLI = join(import.meta.dirname, '..', 'scanner', 'bin.mjs')

async function time(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now()
  await work()
  return performance.now() - started
}

export async function benchHeaders(): Promise<{ name: string; lines: string[] }> {
  const name = `Header scan vs MDN HTTP Observatory 1.4.8 (${WEB_PRESETS.length} sites, median of ${RUNS})`
  const scanJs = await ensureObservatory()
  const hosts = ['localhost', '127.0.0.1', ...WEB_PRESETS.map((_, i) => `127.0.0.${101 + i}`)]
  const pki = await createTestPki({ hosts })
  const range = await startWebSites(WEB_PRESETS, { pki, layout: 'default-ports' }).catch(() => null)
  if (!range)
    return {
      name,
      lines: ['skipped: needs to listen on 127.0.0.x:80/443 (root or CAP_NET_BIND_SERVICE)'],
    }
  const totals = { observatory: 0, cli: 0, inProcess: 0, observatoryInProcess: 0 }
  const lines: string[] = []
  try {
    await runHarbourScan(range.sites[0]!.scanInput, pki.caFile) // warm the in-process imports once
    for (const site of range.sites) {
      const obs: number[] = []
      const cli: number[] = []
      const inProc: number[] = []
      for (let i = 0; i < RUNS; i++) {
        obs.push(
          await time(() => runObservatory(scanJs, site.observatorySite as string, pki.caFile))
        )
        cli.push(
          await time(() =>
            run(
              process.execPath,
              [
                CLI,
                'scan',
                site.scanInput,
                '--only',
                'web',
                '--allow-private',
                '--ca',
                pki.caFile,
                '--format',
                'json',
              ],
              {
                maxBuffer: 32 * 1024 * 1024,
              }
            ).catch(() => undefined)
          )
        )
        inProc.push(await time(() => runHarbourScan(site.scanInput, pki.caFile)))
      }
      totals.observatory += median(obs)
      totals.cli += median(cli)
      totals.inProcess += median(inProc)
      lines.push(
        `${site.preset.name.padEnd(20)} observatory ${median(obs).toFixed(0).padStart(6)} ms  harbourscan cli ${median(cli).toFixed(0).padStart(6)} ms  in-process ${median(inProc).toFixed(0).padStart(5)} ms`
      )
    }
    const obsIn = await timeObservatoryInProcess(
      range.sites.map((s) => s.observatorySite as string),
      pki.caFile,
      RUNS
    )
    totals.observatoryInProcess = obsIn.reduce((a, b) => a + b, 0)
  } finally {
    await range.close()
  }
  const ratio = (x: number) => (x / totals.observatory).toFixed(2)
  lines.push(
    `total: observatory ${totals.observatory.toFixed(0)} ms, harbourscan cli ${totals.cli.toFixed(0)} ms (ratio ${ratio(totals.cli)}), in-process web scan ${totals.inProcess.toFixed(0)} ms (ratio ${ratio(totals.inProcess)}); goal ≤ 0.33`,
    `in-process both (service view, import cost paid once): observatory scan() ${totals.observatoryInProcess.toFixed(0)} ms, harbourscan ${totals.inProcess.toFixed(0)} ms (ratio ${(totals.inProcess / totals.observatoryInProcess).toFixed(2)})`
  )
  return { name, lines }
}
