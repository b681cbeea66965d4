/** Turns fetched or read upstream bytes into HarbourScan data sets with provenance. */
import { createHash } from 'node:crypto'
import type { EolDb, EolProduct, VulnDb } from '../../rules/lib/vulndb-types.ts'
import { BUILTIN_COMPROMISED_HOSTS } from './compromised-hosts.ts'
import { newestReleaseDate } from './endoflife-import.ts'
import { importRetire } from './retire-import.ts'

export interface Origin {
  /** Label shown in `db status` and reports (file name, npm spec, URL), never a local path. */
  origin: string
  /** Upstream commit or package version, when known. */
  version?: string
  upstreamDate?: string
  upstreamDateFrom?: string
}

export const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex')

export function buildVulnDb(
  bytes: Buffer,
  from: Origin,
  now: Date,
  licenseFiles: string[]
): { db: VulnDb; rejected: string[]; shape: string } {
  const parsed = importRetire(JSON.parse(bytes.toString('utf8')))
  const hash = sha256(bytes)
  const db: VulnDb = {
    format: 'harbourscan-vulndb',
    formatVersion: 1,
    meta: {
      source: 'retire',
      origin: from.origin,
      version: from.version ?? `sha256:${hash.slice(0, 12)}`,
      sha256: hash,
      ...(from.upstreamDate ? { upstreamDate: from.upstreamDate } : {}),
      ...(from.upstreamDateFrom ? { upstreamDateFrom: from.upstreamDateFrom } : {}),
      importedAt: now.toISOString(),
      licenseFiles,
    },
    libraries: parsed.libraries,
    skipUris: parsed.skipUris,
    compromisedHosts: parsed.compromisedHosts.length
      ? parsed.compromisedHosts
      : BUILTIN_COMPROMISED_HOSTS,
  }
  return { db, rejected: parsed.rejected, shape: parsed.shape }
}

/** `hashInput` is every source file's bytes in a stable order, so the sha256 names the snapshot. */
export function buildEolDb(
  products: readonly EolProduct[],
  hashInput: string,
  from: Origin,
  now: Date,
  licenseFiles: string[]
): EolDb {
  const hash = sha256(hashInput)
  // No snapshot date ships with the files: the newest release they mention is a safe lower bound.
  const derived = newestReleaseDate(products)
  const upstreamDate = from.upstreamDate ?? derived
  const upstreamDateFrom = from.upstreamDate ? from.upstreamDateFrom : 'latest-release-in-data'
  return {
    format: 'harbourscan-eoldb',
    formatVersion: 1,
    meta: {
      source: 'endoflife',
      origin: from.origin,
      version: from.version ?? `sha256:${hash.slice(0, 12)}`,
      sha256: hash,
      ...(upstreamDate ? { upstreamDate } : {}),
      ...(upstreamDate && upstreamDateFrom ? { upstreamDateFrom } : {}),
      importedAt: now.toISOString(),
      licenseFiles,
    },
    products: Object.fromEntries(products.map((p) => [p.id, p])),
  }
}
