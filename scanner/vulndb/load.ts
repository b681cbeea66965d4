/** Loads the imported data for a scan. Scans never touch the network for data. */
import type { RuleContextDb } from '../../rules/types.ts'
import type { EolDb, VulnDb } from '../../rules/lib/vulndb-types.ts'
import { createRuleDb } from '../../rules/lib/vulndb.ts'
import { dbDir, readDataSet } from './store.ts'

export interface LoadedDb {
  vuln?: VulnDb
  eol?: EolDb
  rules: RuleContextDb
  /** Why a data set is missing or unreadable, for the CLI to print. */
  warnings: string[]
}

export async function loadDb(dir = dbDir()): Promise<LoadedDb> {
  const warnings: string[] = []
  const read = async <K extends 'vulndb' | 'eoldb'>(kind: K) => {
    try {
      const data = await readDataSet(dir, kind)
      if (!data) warnings.push(`${kind} not imported yet: run "harbourscan db update"`)
      return data
    } catch (error) {
      warnings.push(`${kind} unreadable: ${(error as Error).message}`)
      return undefined
    }
  }
  const vuln = (await read('vulndb')) as VulnDb | undefined
  const eol = (await read('eoldb')) as EolDb | undefined
  return {
    ...(vuln ? { vuln } : {}),
    ...(eol ? { eol } : {}),
    rules: createRuleDb(vuln, eol),
    warnings,
  }
}

const cache = new Map<string, Promise<LoadedDb>>()

/** The loaded data for this process (scans reuse it; `db update` in another process is picked up on restart). */
export function sharedDb(dir = dbDir()): Promise<LoadedDb> {
  let loaded = cache.get(dir)
  if (!loaded) {
    loaded = loadDb(dir)
    cache.set(dir, loaded)
  }
  return loaded
}
