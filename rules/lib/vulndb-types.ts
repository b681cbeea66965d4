/**
 * HarbourScan's own compact vulnerability and end-of-life data format. Importers in scanner/vulndb
 * convert Retire.js repositories and endoflife.date product files into it; rules read it only
 * through the pure lookups in rules/lib/vulndb.ts. Plain JSON, so it can be written to disk as is.
 */
import type { VersionRange } from './versions.ts'

export type DataSeverity = 'none' | 'low' | 'medium' | 'high' | 'critical'

/** Where a data set came from, so every report can say what it was judged against. */
export interface DataProvenance {
  /** 'retire' or 'endoflife'. */
  source: string
  /** Human label of the origin: a file name, an npm spec or an upstream URL (never a local path). */
  origin: string
  /** Upstream commit, package version, or "sha256:<prefix>" when neither is known. */
  version: string
  sha256: string
  /** When the upstream data last changed (ISO date), when known. */
  upstreamDate?: string
  /** How upstreamDate was obtained: 'given', 'publish-date', 'latest-release-in-data', 'commit'. */
  upstreamDateFrom?: string
  importedAt: string
  /** Licence files copied beside the data (file names in the same folder). */
  licenseFiles: string[]
}

export interface LibraryAdvisory {
  range: VersionRange
  severity: DataSeverity
  cwe: string[]
  summary: string
  cve: string[]
  ghsa?: string
  /** Other identifiers as given upstream (bug, issue, PR, retid …), flattened to strings. */
  other: Record<string, string>
  urls: string[]
  /** Retire's end-of-life pseudo-advisories ("jQuery 1.x and 2.x are End-of-Life"). */
  endOfLife: boolean
}

export interface LibraryDetectors {
  /** Regex sources, version placeholder already expanded; the version is capture group 1. */
  uri: string[]
  filename: string[]
  content: string[]
  /** [search regex source, replacement] pairs; the version is what the replacement yields. */
  contentReplace: [string, string][]
  /** sha1 hex of content (CRLF→LF) → version. */
  hashes: Record<string, string>
  /** JavaScript expressions evaluated in a rendered page (only with --render). */
  func: string[]
}

export interface LibraryEntry {
  /** Retire.js component name, used as our library id. */
  id: string
  npm?: string
  detect: LibraryDetectors
  advisories: LibraryAdvisory[]
}

export interface CompromisedHost {
  id: string
  summary: string
  severity: DataSeverity
  /** URL regex sources (anchored at the scheme upstream). */
  patterns: string[]
  urls: string[]
}

export interface VulnDb {
  format: 'harbourscan-vulndb'
  formatVersion: 1
  meta: DataProvenance
  libraries: Record<string, LibraryEntry>
  /** Retire's "dont check" URL patterns: never reported as libraries. */
  skipUris: string[]
  compromisedHosts: CompromisedHost[]
}

export interface EolCycle {
  cycle: string
  releaseDate?: string
  /** ISO date, or true/false when upstream gives no date. */
  eol: string | boolean
  /** End of active support (security fixes only afterwards). */
  eoas?: string | boolean
  latest?: string
  latestReleaseDate?: string
  lts?: boolean | string
}

export interface EolProduct {
  id: string
  title: string
  /** Newest first, as upstream lists them. */
  cycles: EolCycle[]
}

export interface EolDb {
  format: 'harbourscan-eoldb'
  formatVersion: 1
  meta: DataProvenance
  products: Record<string, EolProduct>
}
