import type { ScanResult } from '../rules/types.ts'
import { summarizeBatch } from './batch-summary.ts'
import type { ScanDiff } from './diff.ts'
import { failedRules } from './present.ts'
import type { BatchRow } from './types.ts'

const MAX_CELL = 32_000 // Excel's own cell limit is 32,767 characters.

/**
 * One RFC 4180 cell. Text starting with = + - @ TAB or CR gets a leading apostrophe first so a
 * spreadsheet shows it instead of running it as a formula (OWASP CSV injection). So does a formula
 * character right after a ; , or TAB inside the text: Excel set to a semicolon list separator (much
 * of Europe) splits a double-clicked file there, and the piece after it would start a new cell.
 * The JSON report keeps every value as sent.
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return String(value)
  const text = value.length > MAX_CELL ? value.slice(0, MAX_CELL) : value
  const inner = text.replace(/([;,\t]\s*"?)(?=[=+\-@])/g, "$1'")
  const guarded = /^[=+\-@\t\r]/.test(inner) ? `'${inner}` : inner
  return /[",;\r\n]/.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded
}

export function csvLine(cells: readonly (string | number | null | undefined)[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`
}

const FINDING_HEADER = [
  'target',
  'scanned_at',
  'rule_id',
  'category',
  'severity',
  'title',
  'message',
  'evidence',
  'fingerprint',
]

/** One row per finding, worst first. */
export function scanCsv(result: ScanResult): string {
  const rows = failedRules(result).flatMap((rule) =>
    rule.findings.map((f) =>
      csvLine([
        result.target.url,
        result.collectedAt,
        f.ruleId,
        rule.category,
        f.severity,
        rule.title,
        f.message,
        f.evidence.map((e) => `${e.label}: ${e.value}`).join(' | '),
        f.fingerprint,
      ])
    )
  )
  return csvLine(FINDING_HEADER) + rows.join('')
}

/** One row per finding of the newer scan plus the fixed ones, with what changed. */
export function diffCsv(diff: ScanDiff): string {
  const rows = (['new', 'fixed', 'unchanged'] as const).flatMap((change) =>
    diff.findings[change].map((f) =>
      csvLine([change, diff.target.url, f.ruleId, f.severity, f.title, f.message, f.fingerprint])
    )
  )
  return (
    csvLine(['change', 'target', 'rule_id', 'severity', 'title', 'message', 'fingerprint']) +
    rows.join('')
  )
}

const SITE_HEADER = [
  'input',
  'url',
  'overall',
  'tls',
  'web',
  'critical',
  'high',
  'medium',
  'low',
  'info',
  'checks_failed',
  'checks_errored',
  'scanned_at',
  'error_code',
  'error_message',
]

/** One row per site of a batch, worst first (same order as the HTML summary). */
export function batchCsv(rows: readonly BatchRow[]): string {
  const lines = summarizeBatch(rows).sites.map((s) =>
    csvLine([
      s.input,
      s.url,
      s.overall,
      s.tls,
      s.web,
      s.counts.critical,
      s.counts.high,
      s.counts.medium,
      s.counts.low,
      s.counts.info,
      s.failed,
      s.errored,
      s.collectedAt,
      s.error?.code,
      s.error?.message,
    ])
  )
  return csvLine(SITE_HEADER) + lines.join('')
}
