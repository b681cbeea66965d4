import { letterRank } from '../rules/grades/letters.ts'
import { severityRank } from '../rules/severity.ts'
import type { Severity } from '../rules/types.ts'
import { asSeverity, compareText, findingsOf, severityCounts } from './present.ts'
import type { BatchRow } from './types.ts'

export interface SiteSummary {
  input: string
  url: string | null
  overall: string | null
  tls: string | null
  web: string | null
  counts: Record<Severity, number>
  /** Failed and errored checks. */
  failed: number
  errored: number
  collectedAt: string | null
  error?: { code: string; message: string }
}

export interface CommonFinding {
  ruleId: string
  title: string
  severity: Severity
  /** Sites where this check failed. */
  sites: number
}

export interface BatchSummary {
  total: number
  scanned: number
  notScanned: number
  /** Overall grade → number of sites; "not graded" and "scan failed" buckets at the end. */
  distribution: { label: string; count: number }[]
  commonFindings: CommonFinding[]
  /** Worst first. */
  sites: SiteSummary[]
}

export const NOT_GRADED = 'Not graded'
export const SCAN_FAILED = 'Scan failed'
const STANDARD_LETTERS = ['A+', 'A', 'A-', 'B', 'C', 'D', 'E', 'F', 'T', 'M']
const TOP_FINDINGS = 10

function siteOf(row: BatchRow): SiteSummary {
  const r = row.result
  const empty = { critical: 0, high: 0, medium: 0, low: 0, info: 0 }
  if (!r) {
    const error = row.error ?? { code: 'E_NO_RESULT', message: 'No result was recorded.' }
    const base = { input: row.input, url: null, overall: null, tls: null, web: null }
    return { ...base, counts: empty, failed: 0, errored: 0, collectedAt: null, error }
  }
  return {
    input: row.input,
    url: r.target.url,
    overall: r.grades.overall.letter,
    tls: r.grades.tls.letter,
    web: r.grades.web.letter,
    counts: severityCounts(findingsOf(r)),
    failed: r.rules.filter((x) => x.status === 'fail').length,
    errored: r.rules.filter((x) => x.status === 'error').length,
    collectedAt: r.collectedAt,
  }
}

/** Higher is worse: scanned-but-ungraded after every letter, failed scans last of all. */
function badness(s: SiteSummary): number {
  if (s.error) return -1
  return s.overall === null ? 50 : letterRank(s.overall)
}

function weight(s: SiteSummary): number {
  const c = s.counts
  return c.critical * 1e6 + c.high * 1e4 + c.medium * 1e2 + c.low
}

function worstFirst(a: SiteSummary, b: SiteSummary): number {
  if (Boolean(a.error) !== Boolean(b.error)) return a.error ? 1 : -1
  return badness(b) - badness(a) || weight(b) - weight(a) || compareText(a.input, b.input)
}

function distribution(sites: readonly SiteSummary[]): BatchSummary['distribution'] {
  const counts = new Map<string, number>(STANDARD_LETTERS.map((l) => [l, 0]))
  let ungraded = 0
  let failed = 0
  for (const s of sites) {
    if (s.error) failed += 1
    else if (s.overall === null) ungraded += 1
    else counts.set(s.overall, (counts.get(s.overall) ?? 0) + 1)
  }
  const letters = [...counts.entries()]
    .map(([label, count]) => ({ label, count }))
    .filter((d) => STANDARD_LETTERS.includes(d.label) || d.count > 0)
    .sort(
      (a, b) =>
        letterRank(a.label) - letterRank(b.label) ||
        STANDARD_LETTERS.indexOf(a.label) - STANDARD_LETTERS.indexOf(b.label)
    )
  const tail = [
    ...(ungraded > 0 ? [{ label: NOT_GRADED, count: ungraded }] : []),
    ...(failed > 0 ? [{ label: SCAN_FAILED, count: failed }] : []),
  ]
  return [...letters, ...tail]
}

function commonFindings(rows: readonly BatchRow[]): CommonFinding[] {
  const byRule = new Map<string, CommonFinding>()
  for (const row of rows) {
    for (const rule of row.result?.rules ?? []) {
      if (rule.status !== 'fail') continue
      const seen = byRule.get(rule.ruleId)
      const severity = asSeverity(rule.severity)
      if (!seen) {
        byRule.set(rule.ruleId, { ruleId: rule.ruleId, title: rule.title, severity, sites: 1 })
        continue
      }
      seen.sites += 1
      if (severityRank(severity) > severityRank(seen.severity)) seen.severity = severity
    }
  }
  return [...byRule.values()]
    .sort(
      (a, b) =>
        b.sites - a.sites ||
        severityRank(b.severity) - severityRank(a.severity) ||
        compareText(a.ruleId, b.ruleId)
    )
    .slice(0, TOP_FINDINGS)
}

/** The numbers behind the batch HTML and CSV: one pass over the rows. */
export function summarizeBatch(rows: readonly BatchRow[]): BatchSummary {
  const sites = rows.map(siteOf).sort(worstFirst)
  const notScanned = sites.filter((s) => s.error).length
  return {
    total: rows.length,
    scanned: rows.length - notScanned,
    notScanned,
    distribution: distribution(sites),
    commonFindings: commonFindings(rows),
    sites,
  }
}
