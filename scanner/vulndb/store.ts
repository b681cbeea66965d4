/**
 * Where the imported data lives (data/db/ under the repo, or $HARBOURSCAN_DATA_DIR/db) and how it
 * is written: temp file + rename so a reader never sees half a file, and the previous file kept
 * beside it for `db rollback`.
 */
import { existsSync } from 'node:fs'
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { EolDb, VulnDb } from '../../rules/lib/vulndb-types.ts'
import { PROJECT_ROOT } from '../paths.ts'

export type DataKind = 'vulndb' | 'eoldb'
const MAX_DB_BYTES = 64 * 1024 * 1024

export function dbDir(env: NodeJS.ProcessEnv = process.env): string {
  return join(
    env.HARBOURSCAN_DATA_DIR ? resolve(env.HARBOURSCAN_DATA_DIR) : join(PROJECT_ROOT, 'data'),
    'db'
  )
}

export const currentFile = (dir: string, kind: DataKind) => join(dir, `${kind}.json`)
export const previousFile = (dir: string, kind: DataKind) => join(dir, `${kind}.previous.json`)

export interface LicenseText {
  /** File name written beside the data, e.g. "retire-LICENSE.md". */
  name: string
  text: string
}

async function atomicWrite(path: string, text: string): Promise<void> {
  const temp = `${path}.tmp-${process.pid}-${Date.now()}`
  await writeFile(temp, text, { flush: true })
  await rename(temp, path)
}

/** Writes one data set and its licence files; the old current file becomes the previous one. */
export async function writeDataSet(
  dir: string,
  kind: DataKind,
  data: VulnDb | EolDb,
  licenses: readonly LicenseText[]
): Promise<string> {
  await mkdir(dir, { recursive: true })
  for (const license of licenses) await atomicWrite(join(dir, license.name), license.text)
  const current = currentFile(dir, kind)
  const temp = `${current}.tmp-${process.pid}-${Date.now()}`
  await writeFile(temp, JSON.stringify(data), { flush: true })
  if (existsSync(current)) await rename(current, previousFile(dir, kind))
  await rename(temp, current)
  return current
}

export async function readDataSet<K extends DataKind>(
  dir: string,
  kind: K,
  which: 'current' | 'previous' = 'current'
): Promise<(K extends 'vulndb' ? VulnDb : EolDb) | undefined> {
  const path = which === 'current' ? currentFile(dir, kind) : previousFile(dir, kind)
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
  if (text.length > MAX_DB_BYTES) throw new Error(`${path} is larger than ${MAX_DB_BYTES} bytes`)
  const data = JSON.parse(text) as { format?: string; formatVersion?: number }
  const expected = kind === 'vulndb' ? 'harbourscan-vulndb' : 'harbourscan-eoldb'
  if (data.format !== expected || data.formatVersion !== 1)
    throw new Error(`${path} is not a ${expected} v1 file`)
  return data as K extends 'vulndb' ? VulnDb : EolDb
}

/** Swaps current and previous: undoes the last update. */
export async function rollback(dir: string, kind: DataKind): Promise<boolean> {
  const current = currentFile(dir, kind)
  const previous = previousFile(dir, kind)
  if (!existsSync(previous)) return false
  const swap = `${current}.swap-${process.pid}`
  if (existsSync(current)) await rename(current, swap)
  await rename(previous, current)
  if (existsSync(swap)) await rename(swap, previous)
  await rm(swap, { force: true })
  return true
}
