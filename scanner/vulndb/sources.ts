/**
 * Reading upstream data from local files: a Retire.js JSON file, a folder holding one (with its
 * LICENSE/NOTICE), an endoflife.date products folder, or a folder with `retire/` and `endoflife/`.
 */
import { existsSync } from 'node:fs'
import { readFile, readdir, stat } from 'node:fs/promises'
import { basename, join } from 'node:path'
import type { EolProduct } from '../../rules/lib/vulndb-types.ts'
import { importEndoflifeMarkdown } from './endoflife-import.ts'
import type { LicenseText } from './store.ts'

const MAX_FILE = 32 * 1024 * 1024
const MAX_PRODUCTS = 2000

/** Preference when a folder holds several Retire.js files: newest format, combined first. */
const RETIRE_FILES = [
  'jsrepository-v6-combined.json',
  'jsrepository-v5-combined.json',
  'jsrepository-v6.json',
  'jsrepository-v5.json',
  'jsrepository-v4.json',
  'jsrepository-v3.json',
  'jsrepository-v2.json',
  'jsrepository.json',
  'RetireJsVulns.json',
]

export async function readCapped(path: string, cap = MAX_FILE): Promise<Buffer> {
  const info = await stat(path)
  if (info.size > cap) throw new Error(`${basename(path)} is larger than ${cap} bytes`)
  return readFile(path)
}

async function licensesIn(dir: string, prefix: string, names: string[]): Promise<LicenseText[]> {
  const out: LicenseText[] = []
  for (const name of names) {
    const path = join(dir, name)
    if (existsSync(path))
      out.push({ name: `${prefix}-${name}`, text: await readFile(path, 'utf8') })
  }
  return out
}

export interface LocalRetire {
  file: string
  bytes: Buffer
  backdoored?: Buffer
  licenses: LicenseText[]
}

export async function findRetire(path: string): Promise<LocalRetire | undefined> {
  const info = await stat(path)
  const dir = info.isDirectory() ? path : join(path, '..')
  let file: string | undefined = info.isDirectory() ? undefined : path
  if (!file) {
    const present = new Set(await readdir(dir))
    const name = RETIRE_FILES.find((n) => present.has(n))
    if (!name) return undefined
    file = join(dir, name)
  }
  const backdooredPath = join(dir, 'jsrepository-backdoored.json')
  return {
    file: basename(file),
    bytes: await readCapped(file),
    ...(existsSync(backdooredPath) ? { backdoored: await readCapped(backdooredPath) } : {}),
    licenses: await licensesIn(dir, 'retire', ['LICENSE.md', 'LICENSE', 'NOTICE.md', 'NOTICE']),
  }
}

export interface LocalEndoflife {
  products: EolProduct[]
  hashInput: string
  licenses: LicenseText[]
  errors: string[]
}

export async function findEndoflife(dir: string): Promise<LocalEndoflife | undefined> {
  if (!(await stat(dir)).isDirectory()) return undefined
  const names = (await readdir(dir)).filter((n) => n.endsWith('.md')).sort()
  if (names.length === 0) return undefined
  const products: EolProduct[] = []
  const errors: string[] = []
  let hashInput = ''
  for (const name of names.slice(0, MAX_PRODUCTS)) {
    const text = (await readCapped(join(dir, name), 1024 * 1024)).toString('utf8')
    hashInput += `${name}\n${text}\n`
    try {
      products.push(importEndoflifeMarkdown(name.slice(0, -3), text))
    } catch (error) {
      errors.push((error as Error).message)
    }
  }
  if (products.length === 0) return undefined
  const licenses = await licensesIn(dir, 'endoflife', ['LICENSE', 'LICENSE.md'])
  return { products, hashInput, licenses, errors }
}

/** `--from DIR` may be the parent holding retire/ and endoflife/ (like ../shared/data). */
export async function resolveFromPath(
  path: string
): Promise<{ retire?: LocalRetire; endoflife?: LocalEndoflife }> {
  const info = await stat(path)
  if (!info.isDirectory()) {
    if (!path.endsWith('.json')) throw new Error('--from FILE must be a Retire.js .json file')
    const retire = await findRetire(path)
    return retire ? { retire } : {}
  }
  const sub = (name: string) => join(path, name)
  const retire =
    (existsSync(sub('retire')) ? await findRetire(sub('retire')) : undefined) ??
    (await findRetire(path))
  const endoflife =
    (existsSync(sub('endoflife')) ? await findEndoflife(sub('endoflife')) : undefined) ??
    (await findEndoflife(path))
  return { ...(retire ? { retire } : {}), ...(endoflife ? { endoflife } : {}) }
}
