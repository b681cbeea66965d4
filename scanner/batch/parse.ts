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

/** Field separators a member list may use: comma, semicolon (European Excel), tab (pasted cells). */
const DELIMITERS = [',', ';', '\t'] as const
type Delimiter = (typeof DELIMITERS)[number]

/**
 * Reads a CSV or a plain list (one URL per line). A CSV is one with a url/website header (any of
 * the three separators), or a headerless table whose every line splits into the same number of
 * cells on one separator (its first column is the URL). Anything else is a plain list: each line
 * is one input as it is, so a URL holding `,` or `;` is never cut, and a stray line is reported
 * as an invalid row rather than lost. Quoted fields, CRLF/LF and a BOM are handled; binary input,
 * an unclosed quote and more than 100,000 rows are refused as a whole. Blank lines are not rows.
 */
export function parseInputList(text: string): InputRow[] {
  if (text.length > MAX_BATCH_BYTES)
    throw new HarbourScanError('E_BATCH_TOO_LARGE', 'The file is larger than 10 MB')
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000e-\u001f]/.test(text.slice(0, 65_536)))
    throw new HarbourScanError('E_BATCH_BINARY', 'The file looks binary; send a CSV or text file')
  const body = text.replace(/^\uFEFF/, '')
  const { records, column, header } = readTable(body)
  const data = header ? records.slice(1) : records
  if (data.length > MAX_BATCH_ROWS)
    throw new HarbourScanError(
      'E_BATCH_TOO_LARGE',
      `The file has ${data.length} rows; a batch holds at most ${MAX_BATCH_ROWS}`
    )
  return data.map((record, index) => ({ row: index + 1, input: (record[column] ?? '').trim() }))
}

interface Table {
  records: string[][]
  /** The URL's column. */
  column: number
  /** The first record is a header (it named the URL column). */
  header: boolean
}

function readTable(body: string): Table {
  const nonEmpty = (d: Delimiter | null) =>
    parseCsv(body, d).filter((r) => r.some((cell) => cell.trim() !== ''))
  const firstLine = /^[^\r\n]*\S[^\r\n]*/m.exec(body)?.[0] ?? ''
  // A header naming the URL column, on any separator or none (a one-column list with a title).
  for (const d of [...DELIMITERS, null]) {
    if (d !== null && !firstLine.includes(d)) continue
    const names = firstRecord(firstLine, d).map((cell) => cell.trim().toLowerCase())
    const column = names.findIndex((cell) => URL_COLUMNS.includes(cell))
    if (column >= 0) return { records: nonEmpty(d), column, header: true }
  }
  for (const d of DELIMITERS) {
    if (!firstLine.includes(d)) continue
    const records = nonEmpty(d)
    const width = records[0]?.length ?? 0
    if (width > 1 && records.every((r) => r.length === width))
      return { records, column: 0, header: false }
  }
  return { records: nonEmpty(null), column: 0, header: false }
}

/** The first line's cells; none when a quoted cell runs on past it (no header is that long). */
function firstRecord(line: string, d: Delimiter | null): string[] {
  try {
    return parseCsv(line, d)[0] ?? []
  } catch {
    return []
  }
}

/**
 * RFC 4180 with LF or CRLF, split on `delimiter` (none: one field per line). A field is capped so
 * one giant cell cannot blow up memory (a capped URL is still over the 2,048-character limit, so
 * its row is reported invalid, not scanned cut short). A quote left open to the end of the file
 * would swallow every line after it: refused, naming the line it opened on.
 */
export function parseCsv(text: string, delimiter: Delimiter | null = ','): string[][] {
  const records: string[][] = []
  let record: string[] = []
  let field = ''
  let quoted = false
  let quoteAt = 0
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
    if (ch === '"' && field === '') {
      quoted = true
      quoteAt = i
    } else if (ch === delimiter) {
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
  if (quoted) {
    const line = text.slice(0, quoteAt).split(/\r\n|\r|\n/).length
    throw new HarbourScanError(
      'E_BATCH_INVALID',
      `Line ${line} opens a quoted field that is never closed: add the closing " or remove the opening one`
    )
  }
  if (field !== '' || record.length > 0) {
    record.push(field)
    records.push(record)
  }
  return records
}
