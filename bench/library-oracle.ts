/**
 * Shared by `npm run compare:retire` and the library benchmark: the same real library files served
 * by the loopback range (for HarbourScan, over HTTP) and written to a folder (for the retire CLI,
 * offline with --jsrepo). Paths are relative to the repo root; the data is ../shared/data.
 */
import { execFile } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs'
import { rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { basename, dirname, join, relative, resolve } from 'node:path'
import { promisify } from 'node:util'
import { librariesSite, type LibrarySite } from '../test/range/libraries.ts'

const run = promisify(execFile)
export const REPO_ROOT = resolve(import.meta.dirname, '..')
export const SHARED_DATA = resolve(REPO_ROOT, '../shared/data')
export const RETIRE_REPO = join(SHARED_DATA, 'retire', 'jsrepository-v5.json')
export const RETIRE_CLI = createRequire(import.meta.url).resolve('retire/lib/cli.js')

export interface Fixture {
  site: LibrarySite
  /** The folder the retire CLI scans: every served file at its URL path. */
  folder: string
  /** HarbourScan's data folder (HARBOURSCAN_DATA_DIR) for the fixture's runs. */
  dataDir: string
  /** Removes the folder and everything named after it beside it (data, reports, artifacts). */
  remove(): Promise<void>
}

export function prepareFixture(): Fixture {
  const site = librariesSite('libraries')
  const folder = mkdtempSync(join(tmpdir(), 'harbourscan-retire-'))
  for (const [urlPath, content] of Object.entries(site.spec.files ?? {})) {
    const path = join(folder, urlPath)
    mkdirSync(dirname(path), { recursive: true })
    writeFileSync(path, content)
  }
  const remove = async () => {
    const siblings = readdirSync(dirname(folder)).filter((n) =>
      n.startsWith(`${basename(folder)}-`)
    )
    for (const name of ['', ...siblings.map((n) => join('..', n))])
      await rm(join(folder, name), { recursive: true, force: true })
  }
  return { site, folder, dataDir: `${folder}-data`, remove }
}

/** "library@version" per URL path, e.g. { "/npm/jquery@1.12.4/dist/jquery.min.js": ["jquery@1.12.4"] }. */
export type Findings = Map<string, Set<string>>

const add = (map: Findings, key: string, value: string) =>
  map.set(key, (map.get(key) ?? new Set()).add(value))

export interface Timed {
  stdout: string
  /** Wall-clock milliseconds. */
  ms: number
  /** User + system CPU milliseconds of the process and its threads (when /usr/bin/time exists). */
  cpuMs?: number
}

/** Runs `node args…` and measures it; CPU time is less disturbed by other load on the machine. */
export async function timedNode(
  args: string[],
  env: NodeJS.ProcessEnv = process.env
): Promise<Timed> {
  const time = existsSync('/usr/bin/time')
  const [file, argv] = time
    ? ['/usr/bin/time', ['-f', 'HSTIME %U %S', process.execPath, ...args]]
    : [process.execPath, args]
  const started = performance.now()
  const { stdout, stderr } = await run(file, argv, {
    env,
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
  })
  const ms = performance.now() - started
  const cpu = /HSTIME ([\d.]+) ([\d.]+)/.exec(stderr)
  return {
    stdout,
    ms,
    ...(cpu ? { cpuMs: (Number(cpu[1]) + Number(cpu[2])) * 1000 } : {}),
  }
}

export async function runRetire(folder: string): Promise<{ findings: Findings } & Timed> {
  const report = join(folder, '..', `${relative(tmpdir(), folder)}-report.json`)
  const timed = await timedNode([
    RETIRE_CLI,
    '--path',
    folder,
    '--jsrepo',
    RETIRE_REPO,
    '--outputformat',
    'json',
    '--outputpath',
    report,
    '--exitwith',
    '0',
    // Report every identified library, not only vulnerable ones.
    '--verbose',
  ])
  const json = JSON.parse(readFileSync(report, 'utf8')) as {
    data: { file: string; results: { component: string; version: string }[] }[]
  }
  const findings: Findings = new Map()
  for (const entry of json.data) {
    const urlPath = `/${relative(folder, entry.file).split('\\').join('/')}`
    for (const r of entry.results) add(findings, urlPath, `${r.component}@${r.version}`)
  }
  return { findings, ...timed }
}

/** HarbourScan's Scripts artifact, keyed by URL path (query kept, as the page wrote it). */
export function harbourscanFindings(
  libraries: { library: string; version: string; evidence: { url: string }[] }[]
): Findings {
  const findings: Findings = new Map()
  for (const lib of libraries) {
    for (const e of lib.evidence) {
      const url = new URL(e.url)
      add(findings, `${url.pathname}${url.search}${url.hash}`, `${lib.library}@${lib.version}`)
    }
  }
  return findings
}

export interface Comparison {
  /** Found by retire, not by HarbourScan: must be empty. */
  missed: string[]
  /** Found by HarbourScan only (CDN paths, ?ver=, …). */
  extra: string[]
  both: number
}

export function compare(retire: Findings, ours: Findings): Comparison {
  const missed: string[] = []
  const extra: string[] = []
  let both = 0
  for (const [path, libs] of retire) {
    for (const lib of libs) {
      if (ours.get(path)?.has(lib)) both++
      else missed.push(`${path}: ${lib}`)
    }
  }
  for (const [path, libs] of ours) {
    for (const lib of libs) if (!retire.get(path)?.has(lib)) extra.push(`${path}: ${lib}`)
  }
  return { missed: missed.sort(), extra: extra.sort(), both }
}
