import type { ScanResult } from '../rules/types.ts'
import { summarizeBatch } from './batch-summary.ts'
import { batchCsv, diffCsv, scanCsv } from './csv.ts'
import { diffJson, diffScans } from './diff.ts'
import { batchSummaryHtml } from './html/batch.ts'
import { scanReportHtml } from './html/report.ts'
import { safeJson, scanResultJson } from './json.ts'
import { sarifJson } from './sarif.ts'
import type { BatchRow, ReportOptions } from './types.ts'

/** Formats rendered here; pdf is this module's html printed by scanner/browser/pdf.ts. */
export const FORMATS = ['json', 'html', 'csv', 'sarif'] as const
export type Format = (typeof FORMATS)[number]

export function isFormat(value: string): value is Format {
  return (FORMATS as readonly string[]).includes(value)
}

export type ReportInput = ScanResult | readonly BatchRow[]

export function isBatch(input: ReportInput): input is readonly BatchRow[] {
  return Array.isArray(input)
}

/**
 * One scan: json is the result itself (or the diff with `against`), csv one row per finding (or
 * per changed finding), sarif one run, html the owner's report. A batch: json is the summary,
 * csv one row per site, sarif one run per scanned site, html the overview.
 */
export function render(input: ReportInput, format: Format, options: ReportOptions = {}): string {
  if (isBatch(input)) return renderBatch(input, format, options)
  const result = input as ScanResult
  const against = options.against
  switch (format) {
    case 'json':
      return against ? diffJson(diffScans(against, result)) : scanResultJson(result)
    case 'csv':
      return against ? diffCsv(diffScans(against, result)) : scanCsv(result)
    case 'sarif':
      return sarifJson(result, options)
    case 'html':
      return scanReportHtml(result, options)
  }
}

function renderBatch(rows: readonly BatchRow[], format: Format, options: ReportOptions): string {
  switch (format) {
    case 'json':
      return safeJson(summarizeBatch(rows))
    case 'csv':
      return batchCsv(rows)
    case 'sarif':
      // A baseline is per site; a batch SARIF has none.
      return sarifJson(
        rows.flatMap((r) => (r.result ? [r.result] : [])),
        options.ruleMeta ? { ruleMeta: options.ruleMeta } : {}
      )
    case 'html':
      return batchSummaryHtml(rows)
  }
}
