/**
 * Pure lookups over the vulnerability and end-of-life data (rules/lib/vulndb-types.ts). The scanner
 * loads the data from disk and hands rules the view built by createRuleDb(); rules never do I/O.
 */
import type { DataVersion, RuleContextDb } from '../types.ts'
import type { CompromisedHost, EolCycle, EolDb, LibraryAdvisory, VulnDb } from './vulndb-types.ts'
import { compareVersions, inRange } from './versions.ts'

export interface EolStatus {
  product: string
  title: string
  version: string
  /** The matched cycle(s); several when the version names only a major (Drupal "10"). */
  cycles: EolCycle[]
  /** True when every matched cycle has reached its end of life on `now`. */
  endOfLife: boolean
  /** Date of the end of life (the latest among matched cycles), when known. */
  eolDate?: string
  /** Active support over: security fixes only. */
  securityOnly: boolean
  /** Latest release of the (single) matched cycle. */
  latest?: string
  /** The version is behind its cycle's latest release. */
  behindLatest: boolean
  /** Version older than every cycle the data lists. */
  olderThanTracked: boolean
}

function dateReached(value: string | boolean | undefined, now: Date): boolean {
  if (value === true) return true
  if (typeof value !== 'string') return false
  const time = Date.parse(value)
  return Number.isFinite(time) && time <= now.getTime()
}

function cycleMatches(version: string, cycle: string): boolean {
  return version === cycle || version.startsWith(`${cycle}.`) || version.startsWith(`${cycle}-`)
}

/** Picks the cycle with the longest matching prefix, or all cycles under a major-only version. */
export function matchCycles(cycles: readonly EolCycle[], version: string): EolCycle[] {
  const exact = cycles
    .filter((c) => cycleMatches(version, c.cycle))
    .sort((a, b) => b.cycle.length - a.cycle.length)
  if (exact[0]) return [exact[0]]
  return cycles.filter((c) => c.cycle.startsWith(`${version}.`))
}

export function eolStatus(
  db: EolDb,
  product: string,
  version: string,
  now: Date
): EolStatus | undefined {
  const entry = db.products[product]
  if (!entry) return undefined
  let cycles = matchCycles(entry.cycles, version)
  let olderThanTracked = false
  if (cycles.length === 0) {
    // Older than anything the data lists (WordPress 3.0, PHP 4): end of life when the oldest is.
    const numeric = entry.cycles.filter((c) => /^\d/.test(c.cycle))
    const oldest = numeric.reduce<EolCycle | undefined>(
      (min, c) => (min === undefined || compareVersions(c.cycle, min.cycle) < 0 ? c : min),
      undefined
    )
    if (!oldest || compareVersions(version, oldest.cycle) >= 0) return undefined
    cycles = [oldest]
    olderThanTracked = true
  }
  const endOfLife = cycles.every((c) => dateReached(c.eol, now))
  const dates = cycles.map((c) => c.eol).filter((d): d is string => typeof d === 'string')
  const eolDate = dates.sort().at(-1)
  const single = cycles.length === 1 ? cycles[0] : undefined
  const latest = single?.latest
  return {
    product,
    title: entry.title,
    version,
    cycles,
    endOfLife,
    ...(eolDate ? { eolDate } : {}),
    securityOnly: !endOfLife && cycles.every((c) => dateReached(c.eoas, now)),
    ...(latest ? { latest } : {}),
    behindLatest: !olderThanTracked && latest !== undefined && compareVersions(version, latest) < 0,
    olderThanTracked,
  }
}

export function libraryAdvisories(db: VulnDb, library: string, version: string): LibraryAdvisory[] {
  return (db.libraries[library]?.advisories ?? []).filter((a) => inRange(version, a.range))
}

/** URLs are capped before matching: the patterns are third-party and the URL is hostile. */
export function compromisedHost(db: VulnDb, url: string): CompromisedHost | undefined {
  const capped = url.slice(0, 2048)
  return db.compromisedHosts.find((host) =>
    host.patterns.some((source) => {
      try {
        return new RegExp(source, 'i').test(capped)
      } catch {
        return false
      }
    })
  )
}

export function dataVersionOf(meta: VulnDb['meta'] | EolDb['meta']): DataVersion {
  return {
    source: meta.source,
    version: meta.version,
    ...(meta.upstreamDate ? { upstreamDate: meta.upstreamDate } : {}),
  }
}

/** The view rules receive as ctx.db. Either data set may be missing (not yet imported). */
export function createRuleDb(vuln?: VulnDb, eol?: EolDb): RuleContextDb {
  const dataVersions = [vuln, eol].filter((d) => d !== undefined).map((d) => dataVersionOf(d.meta))
  return {
    dataVersions,
    ...(vuln
      ? {
          libraryAdvisories: (library: string, version: string) =>
            libraryAdvisories(vuln, library, version),
          compromisedHost: (url: string) => compromisedHost(vuln, url),
        }
      : {}),
    ...(eol
      ? {
          eolStatus: (product: string, version: string, now: Date) =>
            eolStatus(eol, product, version, now),
        }
      : {}),
  }
}

/** Data sets older than `maxAgeDays` on `now` (by upstream date), for the report's warning. */
export function staleData(dataVersions: readonly DataVersion[], now: Date, maxAgeDays = 30) {
  return dataVersions.filter((d) => {
    if (!d.upstreamDate) return true
    const age = (now.getTime() - Date.parse(d.upstreamDate)) / 86_400_000
    return !Number.isFinite(age) || age > maxAgeDays
  })
}
