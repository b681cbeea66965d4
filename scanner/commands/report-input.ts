import { readFile, stat } from 'node:fs/promises'
import { toChecklistSummary } from '../../reports/checklist-summary.ts'
import { validateScanResult } from '../../reports/validate.ts'
import type { BatchRow, ChecklistSummary } from '../../reports/types.ts'
import type { ScanResult } from '../../rules/types.ts'
import { UsageError } from '../errors.ts'

/** A result file is ours or the user's, but still parsed with a size cap. */
const MAX_INPUT_BYTES = 512 * 1024 * 1024

async function readCapped(file: string): Promise<string> {
  const info = await stat(file).catch((cause: unknown) => {
    throw new UsageError(`Cannot read ${file}: ${(cause as Error).message}`)
  })
  if (info.size > MAX_INPUT_BYTES) throw new UsageError(`${file} is larger than 512 MB`)
  return readFile(file, 'utf8')
}

function parseJson(text: string, where: string): unknown {
  try {
    return JSON.parse(text)
  } catch (cause) {
    throw new UsageError(`${where} is not valid JSON: ${(cause as Error).message}`)
  }
}

function checked(value: unknown, where: string): ScanResult {
  const v = validateScanResult(value)
  if (v.ok) return v.result
  throw new UsageError(`${where} is not a HarbourScan result:\n  ${v.errors.join('\n  ')}`)
}

/** One batch row from JSON: {input, result?, error?} or a bare ScanResult. */
function toRow(value: unknown, where: string, warn: (line: string) => void): BatchRow {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new UsageError(`${where} is not a batch row or a HarbourScan result (a JSON object)`)
  const raw = value as Record<string, unknown>
  if ('schemaVersion' in raw) {
    const result = checked(raw, where)
    return { input: result.target.input, result }
  }
  const input = typeof raw.input === 'string' ? raw.input : '(unknown)'
  const error = raw.error as { code?: unknown; message?: unknown } | undefined
  if (raw.result !== undefined) {
    const v = validateScanResult(raw.result)
    if (v.ok) return { input, result: v.result }
    warn(`${where}: result is not valid (${v.errors[0] ?? 'invalid'}); listed as not scanned`)
    return {
      input,
      error: { code: 'E_INVALID_RESULT', message: 'The stored result is not valid.' },
    }
  }
  if (raw.status === 'duplicate')
    return {
      input,
      error: { code: 'E_DUPLICATE', message: 'The same site as an earlier row, scanned there.' },
    }
  return {
    input,
    error: {
      code: typeof error?.code === 'string' ? error.code : 'E_NO_RESULT',
      message: typeof error?.message === 'string' ? error.message : 'No result was recorded.',
    },
  }
}

export type ReportInput = { kind: 'scan'; result: ScanResult } | { kind: 'batch'; rows: BatchRow[] }

/**
 * A single result (JSON object), a batch (JSON array of rows) or a batch as JSON Lines (one row
 * or result per line).
 */
export async function loadReportInput(
  file: string,
  warn: (line: string) => void
): Promise<ReportInput> {
  const text = await readCapped(file)
  const trimmed = text.trimStart()
  if (trimmed.startsWith('[')) {
    const rows = parseJson(text, file)
    if (!Array.isArray(rows)) throw new UsageError(`${file} is not a JSON array of batch rows`)
    return { kind: 'batch', rows: rows.map((row, i) => toRow(row, `${file} row ${i + 1}`, warn)) }
  }
  const lines = text.split('\n').filter((line) => line.trim() !== '')
  if (lines.length > 1 && lines.every((line) => line.trimStart().startsWith('{'))) {
    try {
      const values = lines.map((line) => JSON.parse(line) as unknown)
      return { kind: 'batch', rows: values.map((v, i) => toRow(v, `${file} line ${i + 1}`, warn)) }
    } catch {
      // Not JSON Lines: a pretty-printed single object. Fall through.
    }
  }
  return { kind: 'scan', result: checked(parseJson(text, file), file) }
}

export async function loadResult(file: string): Promise<ScanResult> {
  return checked(parseJson(await readCapped(file), file), file)
}

/** A checklist summary ({score, level, items}) or a full scored checklist from rules/checklist. */
export async function loadChecklist(file: string): Promise<ChecklistSummary> {
  const summary = toChecklistSummary(parseJson(await readCapped(file), file))
  if (!summary) {
    throw new UsageError(`${file} needs numeric "score" and "level", or a scored checklist`)
  }
  return summary
}
