/**
 * Converts a Retire.js repository (jsrepository v2–v6, the -combined form {advisories, backdoored},
 * or jsrepository-backdoored.json alone) into HarbourScan's VulnDb parts. Hostile-input stance:
 * every entry is shape-checked, every regex compiled once here; bad entries are dropped and
 * counted, never trusted.
 */
import type {
  CompromisedHost,
  DataSeverity,
  LibraryAdvisory,
  LibraryEntry,
} from '../../rules/lib/vulndb-types.ts'
import { expandReplacePattern, expandVersionPattern, plainPattern } from './patterns.ts'

export interface RetireImport {
  libraries: Record<string, LibraryEntry>
  skipUris: string[]
  compromisedHosts: CompromisedHost[]
  /** Upstream's own test entry and anything rejected, with the reason. */
  rejected: string[]
  /** Which upstream shape was recognised. */
  shape: 'repository' | 'combined' | 'backdoored'
}

const SEVERITIES: readonly DataSeverity[] = ['none', 'low', 'medium', 'high', 'critical']
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : []
const severityOf = (v: unknown): DataSeverity =>
  SEVERITIES.includes(v as DataSeverity) ? (v as DataSeverity) : 'medium'

function advisory(raw: unknown): LibraryAdvisory | string {
  if (!isRecord(raw) || typeof raw.below !== 'string') return 'advisory without "below"'
  const ids = isRecord(raw.identifiers) ? raw.identifiers : {}
  const summary = typeof ids.summary === 'string' ? ids.summary.trim().slice(0, 2000) : ''
  const cwe = strings(raw.cwe)
  const other: Record<string, string> = {}
  for (const [key, value] of Object.entries(ids)) {
    if (key === 'summary' || key === 'CVE' || key === 'githubID') continue
    const text = Array.isArray(value) ? strings(value).join(', ') : value
    if (typeof text === 'string' || typeof text === 'number') other[key] = String(text)
  }
  const excludes = strings(raw.excludes)
  return {
    range: {
      below: raw.below,
      ...(typeof raw.atOrAbove === 'string' ? { atOrAbove: raw.atOrAbove } : {}),
      ...(excludes.length ? { excludes } : {}),
    },
    severity: severityOf(raw.severity),
    cwe,
    summary,
    cve: strings(ids.CVE),
    ...(typeof ids.githubID === 'string' ? { ghsa: ids.githubID } : {}),
    other,
    urls: strings(raw.info),
    // CWE-1104 is "use of unmaintained third-party components": Retire's EOL pseudo-advisories.
    endOfLife: cwe.includes('CWE-1104') || /end[- ]of[- ]life/i.test(summary),
  }
}

function library(id: string, raw: Record<string, unknown>, rejected: string[]): LibraryEntry {
  const ex = isRecord(raw.extractors) ? raw.extractors : {}
  const expand = (kind: string) =>
    strings(ex[kind]).flatMap((p) => {
      const r = expandVersionPattern(p)
      if ('error' in r) rejected.push(`${id} ${kind} ${JSON.stringify(p)}: ${r.error}`)
      return 'source' in r ? [r.source] : []
    })
  const contentReplace = strings(ex.filecontentreplace).flatMap((p): [string, string][] => {
    const r = expandReplacePattern(p)
    if ('error' in r) rejected.push(`${id} filecontentreplace: ${r.error}`)
    return 'search' in r ? [[r.search, r.replace]] : []
  })
  const hashes: Record<string, string> = {}
  if (isRecord(ex.hashes)) {
    for (const [sha1, version] of Object.entries(ex.hashes))
      if (/^[0-9a-f]{40}$/.test(sha1) && typeof version === 'string') hashes[sha1] = version
  }
  const advisories: LibraryAdvisory[] = []
  for (const v of Array.isArray(raw.vulnerabilities) ? raw.vulnerabilities : []) {
    const a = advisory(v)
    if (typeof a === 'string') rejected.push(`${id}: ${a}`)
    else advisories.push(a)
  }
  return {
    id,
    ...(typeof raw.npmname === 'string' ? { npm: raw.npmname } : {}),
    detect: {
      uri: expand('uri'),
      filename: expand('filename'),
      content: expand('filecontent'),
      contentReplace,
      hashes,
      func: strings(ex.func).filter((f) => f.length <= 500),
    },
    advisories,
  }
}

function backdoored(raw: Record<string, unknown>, rejected: string[]): CompromisedHost[] {
  return Object.entries(raw).flatMap(([id, list]) =>
    (Array.isArray(list) ? list : []).filter(isRecord).map((entry) => ({
      id,
      summary: typeof entry.summary === 'string' ? entry.summary.slice(0, 2000) : id,
      severity: severityOf(entry.severity),
      patterns: strings(entry.extractors).filter((p) => {
        const ok = 'source' in plainPattern(p)
        if (!ok) rejected.push(`backdoored ${id}: pattern does not compile`)
        return ok
      }),
      urls: strings(entry.info),
    }))
  )
}

const looksBackdoored = (data: Record<string, unknown>) =>
  Object.values(data).length > 0 && Object.values(data).every((v) => Array.isArray(v))

export function importRetire(data: unknown): RetireImport {
  if (!isRecord(data)) throw new Error('not a Retire.js repository: top level is not an object')
  const rejected: string[] = []
  if (looksBackdoored(data)) {
    const compromisedHosts = backdoored(data, rejected)
    return { libraries: {}, skipUris: [], compromisedHosts, rejected, shape: 'backdoored' }
  }
  const combined = isRecord(data.advisories)
  const repo = combined ? (data.advisories as Record<string, unknown>) : data
  const libraries: Record<string, LibraryEntry> = {}
  let skipUris: string[] = []
  for (const [id, raw] of Object.entries(repo)) {
    if (!isRecord(raw)) continue
    if (id === 'dont check') {
      const ex = isRecord(raw.extractors) ? raw.extractors : {}
      skipUris = strings(ex.uri).filter((p) => 'source' in plainPattern(p))
      continue
    }
    if (id === 'retire-example') continue
    if (!isRecord(raw.extractors) || !Array.isArray(raw.vulnerabilities)) {
      rejected.push(`${id}: missing extractors or vulnerabilities`)
      continue
    }
    libraries[id] = library(id, raw, rejected)
  }
  if (Object.keys(libraries).length === 0) throw new Error('no libraries in the Retire.js data')
  const compromisedHosts =
    combined && isRecord(data.backdoored) ? backdoored(data.backdoored, rejected) : []
  return {
    libraries,
    skipUris,
    compromisedHosts,
    rejected,
    shape: combined ? 'combined' : 'repository',
  }
}
