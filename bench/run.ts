/**
 * `npm run bench`: HarbourScan against its peers on the same loopback range sites, in one run,
 * reported as ratios. Each area contributes one section; sections run one after another so they
 * do not compete for the 2 cores. Results are also written to bench/results/latest.json.
 */
import { existsSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
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

async function main(): Promise<void> {
  const only = process.argv.slice(2)
  const results: BenchSection[] = []
  // The executable as `npm ci` leaves it: the CLI bundle built from this checkout's sources.
  const built = await buildCli()
  process.stdout.write(`CLI bundle rebuilt (${built.files} files from ${built.inputs} sources)\n`)
  for (const [file, exportName] of SECTIONS) {
    const path = join(import.meta.dirname, file)
    if (only.length > 0 && !only.some((name) => file.startsWith(name))) continue
    if (!existsSync(path)) {
      process.stdout.write(`\n== ${file}: not present\n`)
      continue
    }
    const module = (await import(path)) as Record<string, () => Promise<BenchSection>>
    const section = await module[exportName]!()
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

await main()
