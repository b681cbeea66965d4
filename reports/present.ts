/** Plain-language helpers shared by the HTML, CSV and batch renderers (no markup here). */
import { letterRank } from '../rules/grades/letters.ts'
import { severityRank } from '../rules/severity.ts'
import type {
  DataVersion,
  Finding,
  Grade,
  RuleResult,
  ScanResult,
  Severity,
} from '../rules/types.ts'
import { SEVERITIES } from '../rules/types.ts'

export const SEVERITY_LABEL: Record<Severity, string> = {
  critical: 'Critical',
  high: 'High',
  medium: 'Medium',
  low: 'Low',
  info: 'Information',
}

/** Severity of a string that may come from a newer scanner; unknown values read as info. */
export function asSeverity(value: string): Severity {
  return (SEVERITIES as readonly string[]).includes(value) ? (value as Severity) : 'info'
}

/** Failed rules, worst first, then by id so output is stable. */
export function failedRules(result: ScanResult): RuleResult[] {
  return result.rules
    .filter((r) => r.status === 'fail')
    .sort(
      (a, b) =>
        severityRank(asSeverity(b.severity)) - severityRank(asSeverity(a.severity)) ||
        compareText(a.ruleId, b.ruleId)
    )
}

export function findingsOf(result: ScanResult): Finding[] {
  return failedRules(result).flatMap((r) => r.findings)
}

export function severityCounts(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { critical: 0, high: 0, medium: 0, low: 0, info: 0 }
  for (const f of findings) counts[asSeverity(f.severity)] += 1
  return counts
}

export function letterOf(grade: Grade | undefined): string {
  return grade?.letter ?? '–'
}

/** Sort key for grades, worst last; ungraded sites sort after every letter. */
export function gradeRank(grade: Grade | undefined): number {
  return grade?.letter == null ? 100 : letterRank(grade.letter)
}

export const STALE_DATA_DAYS = 30
const DAY_MS = 86_400_000

/** Data sources whose upstream date is more than 30 days before the scan. */
export function staleData(result: ScanResult): DataVersion[] {
  const scanned = Date.parse(result.collectedAt)
  if (Number.isNaN(scanned)) return []
  return result.dataVersions.filter((d) => {
    const date = d.upstreamDate === undefined ? NaN : Date.parse(d.upstreamDate)
    return !Number.isNaN(date) && scanned - date > STALE_DATA_DAYS * DAY_MS
  })
}

/** "2026-11-01 08:00 UTC": reports show UTC so a forwarded report means the same everywhere. */
export function formatDate(iso: string): string {
  const ms = Date.parse(iso)
  if (Number.isNaN(ms)) return iso
  return new Date(ms).toISOString().slice(0, 16).replace('T', ' ') + ' UTC'
}

/** Code-point order: the same on every machine and locale, so goldens stay byte-exact. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

const CATEGORY_LABEL: Record<string, string> = {
  tls: 'Encryption (TLS)',
  transport: 'HTTPS and redirects',
  headers: 'Security headers',
  cookies: 'Cookies',
  content: 'Page content',
  software: 'Software versions',
  disclosure: 'Information leaks',
}

/** A category in owner's words; categories added later show their id until named here. */
export function categoryLabel(id: string): string {
  return CATEGORY_LABEL[id] ?? id
}
