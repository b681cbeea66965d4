import { HarbourScanError } from '../errors.ts'

export const MAX_BATCH_ROWS = 100_000
export const MAX_BATCH_BYTES = 10 * 1024 * 1024
const MAX_FIELD_CHARS = 4_096

export interface InputRow {
  /** 1-based position among the data rows (the header is not counted). */
  row: number
  input: string
}

const URL_COLUMNS = [
  'url',
  'website',
  'site',
  'domain',
  'homepage',
  'web site',
  'web',
  '網站',
  '网址',
]

/**
 * Reads a CSV (a url/website column, or the first column) or a plain list (one URL per line).
 * Quoted fields, CRLF/LF and a BOM are handled; binary input and more than 100,000 rows are
 * refused as a whole. Blank lines hold nothing and are not rows.
 */
export function parseInputList(text: string): InputRow[] {
  if (text.length > MAX_BATCH_BYTES)
    throw new HarbourScanError('E_BATCH_TOO_LARGE', 'The file is larger than 10 MB')
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000e-\u001f]/.test(text.slice(0, 65_536)))
    throw new HarbourScanError('E_BATCH_BINARY', 'The file looks binary; send a CSV or text file')
  const records = parseCsv(text.replace(/^\uFEFF/, ''))
  const nonEmpty = records.filter((r) => r.some((cell) => cell.trim() !== ''))
  const header = nonEmpty[0]?.map((cell) => cell.trim().toLowerCase()) ?? []
  const column = header.findIndex((cell) => URL_COLUMNS.includes(cell))
  const isCsv = column >= 0 || nonEmpty.some((r) => r.length > 1)
  const data = column >= 0 ? nonEmpty.slice(1) : nonEmpty
  if (data.length > MAX_BATCH_ROWS)
    throw new HarbourScanError(
      'E_BATCH_TOO_LARGE',
      `The file has ${data.length} rows; a batch holds at most ${MAX_BATCH_ROWS}`
    )
  return data.map((record, index) => ({
    row: index + 1,
    input: (isCsv ? (record[Math.max(column, 0)] ?? '') : record.join(',')).trim(),
  }))
}

/** RFC 4180 with LF or CRLF; a field is capped so one giant cell cannot blow up memory. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = []
  let record: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"'
          i++
        } else quoted = false
      } else if (field.length < MAX_FIELD_CHARS) field += ch
      continue
    }
    if (ch === '"' && field === '') quoted = true
    else if (ch === ',' || ch === ';' || ch === '\t') {
      record.push(field)
      field = ''
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++
      record.push(field)
      records.push(record)
      record = []
      field = ''
    } else if (field.length < MAX_FIELD_CHARS) field += ch
  }
  if (field !== '' || record.length > 0) {
    record.push(field)
    records.push(record)
  }
  return records
}
