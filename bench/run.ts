/**
 * `npm run bench`: HarbourScan against its peers on the same loopback range sites, in one run,
 * reported as ratios. Each area contributes one section; sections run one after another so they
 * do not compete for the 2 cores, each in a fresh child process so one section's heap, timers
 * and range servers cannot slow the next (the range sites live in the bench process). Results
 * are also written to bench/results/latest.json.
 * `node bench/run.ts tls headers` runs only those sections.
 */
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { buildCli } from '../scripts/build-cli.ts'

export interface BenchSection {
  name: string
  lines: string[]
}

const SECTIONS: readonly [file: string, exportName: string][] = [
  ['tls.ts', 'benchTls'],
  ['headers.ts', 'benchHeaders'],
  ['libraries.ts', 'benchLibraries'],
  ['service.ts', 'benchService'],
  ['reports.ts', 'benchReports'],
]
const CHILD_FLAG = '--section'
const RESULT_PREFIX = 'BENCH-SECTION-RESULT '

/** In the child: run one section and print its result as the last line. */
async function runSection(file: string): Promise<void> {
  const [, exportName] = SECTIONS.find(([f]) => f === file) ?? []
  const module = (await import(join(import.meta.dirname, file))) as Record<
    string,
    () => Promise<BenchSection>
  >
  const section = await module[exportName!]!()
  process.stdout.write(`${RESULT_PREFIX}${JSON.stringify(section)}\n`)
  process.exit(0) // a section's leftover handles must not keep its process alive
}

async function main(): Promise<void> {
  const only = process.argv.slice(2)
  const results: BenchSection[] = []
  // The executable as `npm ci` leaves it: the CLI bundle built from this checkout's sources.
  const built = await buildCli()
  process.stdout.write(`CLI bundle rebuilt (${built.files} files from ${built.inputs} sources)\n`)
  for (const [file] of SECTIONS) {
    if (only.length > 0 && !only.some((name) => file.startsWith(name))) continue
    if (!existsSync(join(import.meta.dirname, file))) {
      process.stdout.write(`\n== ${file}: not present\n`)
      continue
    }
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [import.meta.filename, CHILD_FLAG, file],
      { maxBuffer: 64 * 1024 * 1024, timeout: 30 * 60_000 }
    )
    const line = stdout.split('\n').find((l) => l.startsWith(RESULT_PREFIX))
    if (!line) throw new Error(`bench section ${file} printed no result:\n${stdout.slice(-2000)}`)
    const section = JSON.parse(line.slice(RESULT_PREFIX.length)) as BenchSection
    results.push(section)
    process.stdout.write(`\n== ${section.name}\n${section.lines.join('\n')}\n`)
  }
  const out = join(import.meta.dirname, 'results')
  await mkdir(out, { recursive: true })
  await writeFile(
    join(out, 'latest.json'),
    `${JSON.stringify({ at: new Date().toISOString(), results }, null, 2)}\n`
  )
}

if (process.argv[2] === CHILD_FLAG) await runSection(process.argv[3]!)
else await main()
