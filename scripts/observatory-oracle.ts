/**
 * The MDN HTTP Observatory 1.4.8 as a comparison oracle (headers.md §6): installed offline into a
 * temp dir (never into this project), run as a child process per site with the test CA trusted.
 */
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import type { CollectedArtifacts } from '../scanner/artifacts.ts'
import { loadCollectors } from '../scanner/collectors/index.ts'
import { scan } from '../scanner/scan.ts'
import type { ScanResult } from '../rules/types.ts'

const run = promisify(execFile)
export const OBSERVATORY_PACKAGE = '@mdn/mdn-http-observatory@1.4.8'
const DIR = join(tmpdir(), 'harbourscan-observatory-1.4.8')
const PKG = join(DIR, 'node_modules', '@mdn', 'mdn-http-observatory')

export interface ObservatoryJson {
  scan?: { score: number; grade: string; testsPassed: number; algorithmVersion: number }
  tests?: Record<string, { result: string; scoreModifier: number; pass: boolean }>
  error?: string
}

/** npm install --ignore-scripts into a temp dir, then an empty HSTS preload list. Idempotent. */
export async function ensureObservatory(log: (s: string) => void = () => {}): Promise<string> {
  const scanJs = join(PKG, 'src', 'scan.js')
  if (!existsSync(scanJs)) {
    log(`installing ${OBSERVATORY_PACKAGE} into ${DIR} (offline-safe: --ignore-scripts)…`)
    await mkdir(DIR, { recursive: true })
    await writeFile(join(DIR, 'package.json'), '{"name":"observatory-oracle","private":true}\n')
    await run(
      'npm',
      ['install', '--ignore-scripts', '--no-audit', '--no-fund', OBSERVATORY_PACKAGE],
      {
        cwd: DIR,
        timeout: 300_000,
      }
    )
  }
  // Its postinstall would download the Chromium preload list; empty = nothing is preloaded.
  const preload = join(PKG, 'conf', 'hsts-preload.json')
  if (!existsSync(preload)) await writeFile(preload, '{}\n')
  return scanJs
}

/** One Observatory CLI run (bypassing its wrapper so NODE_EXTRA_CA_CERTS stays ours). */
export async function runObservatory(
  scanJs: string,
  site: string,
  caFile: string
): Promise<ObservatoryJson> {
  try {
    const { stdout } = await run(process.execPath, [scanJs, site], {
      env: { ...process.env, NODE_EXTRA_CA_CERTS: caFile, NODE_NO_WARNINGS: '1' },
      timeout: 60_000,
      maxBuffer: 16 * 1024 * 1024,
    })
    return JSON.parse(stdout) as ObservatoryJson
  } catch (error) {
    const out = (error as { stdout?: string }).stdout
    try {
      return JSON.parse(out ?? '') as ObservatoryJson
    } catch {
      return { error: String((error as Error).message).slice(0, 300) }
    }
  }
}

/**
 * The Observatory's in-process scan() timed per site in one child process (its import cost paid
 * once), as a long-running service would use it. Returns the median milliseconds per site.
 */
export async function timeObservatoryInProcess(
  sites: string[],
  caFile: string,
  runs: number
): Promise<number[]> {
  const script = join(DIR, 'time-scans.mjs')
  await writeFile(
    script,
    `import { scan } from '@mdn/mdn-http-observatory'
const [runs, ...sites] = process.argv.slice(2)
const out = []
for (const site of sites) {
  const t = []
  for (let i = 0; i < Number(runs); i++) {
    const s = performance.now()
    try { await scan(site) } catch {}
    t.push(performance.now() - s)
  }
  t.sort((a, b) => a - b)
  out.push(t[Math.floor(t.length / 2)])
}
console.log(JSON.stringify(out))
`
  )
  const { stdout } = await run(process.execPath, [script, String(runs), ...sites], {
    cwd: DIR,
    env: { ...process.env, NODE_EXTRA_CA_CERTS: caFile, NODE_NO_WARNINGS: '1' },
    timeout: 600_000,
  })
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '[]') as number[]
}

/** The artifacts the web grade reads; the rest (scripts, software) is left out of fixtures. */
export const WEB_ARTIFACTS = [
  'RedirectChain',
  'MainResponse',
  'TlsHandshake',
  'HtmlDocument',
  'CorsPreflight',
  'WellKnown',
] as const

export async function runHarbourScan(
  input: string,
  caFile: string
): Promise<{ collected: CollectedArtifacts; result: ScanResult }> {
  const names = new Set<string>(WEB_ARTIFACTS)
  return scan(
    input,
    { allowPrivate: true, anyPort: true, caFiles: [caFile] },
    { collectors: (await loadCollectors()).filter((c) => names.has(c.name)) }
  )
}

/** Only what a fixture needs: the web artifacts, with bodies the grade does not read dropped. */
export function fixtureArtifacts(c: CollectedArtifacts): CollectedArtifacts {
  const values: Record<string, unknown> = {}
  for (const name of WEB_ARTIFACTS) if (c.values[name] !== undefined) values[name] = c.values[name]
  return { ...c, values: values as CollectedArtifacts['values'] }
}
