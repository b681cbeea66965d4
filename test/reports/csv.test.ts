import { describe, expect, it } from 'vitest'
import { batchCsv, csvCell, csvLine, scanCsv } from '../../reports/csv.ts'
import { PAYLOAD } from '../fixtures/results/payloads.ts'
import { weakResult } from '../fixtures/results/weak.ts'
import { batchRows } from './batch-rows.ts'
import { parseCsv } from './csv-parse.ts'

describe('csvCell', () => {
  it('quotes per RFC 4180 only when needed', () => {
    expect(csvCell('plain')).toBe('plain')
    expect(csvCell('a,b')).toBe('"a,b"')
    expect(csvCell('say "hi"')).toBe('"say ""hi"""')
    expect(csvCell('two\nlines')).toBe('"two\nlines"')
    expect(csvCell(42)).toBe('42')
    expect(csvCell(undefined)).toBe('')
  })

  it('defuses spreadsheet formulas (OWASP): = + - @ tab and CR', () => {
    expect(csvCell('=1+1')).toBe("'=1+1")
    expect(csvCell('+1')).toBe("'+1")
    expect(csvCell('-1')).toBe("'-1")
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(csvCell('\t=1')).toBe("'\t'=1") // a tab-separated reading would start a cell there
    expect(csvCell('\r=1')).toBe('"\'\r=1"')
    expect(csvCell(PAYLOAD.formula)).toBe(`"'${PAYLOAD.formula.replaceAll('"', '""')}"`)
    expect(csvCell('a=1')).toBe('a=1')
  })

  it('defuses a formula a semicolon-separated reading would start (Excel in much of Europe)', () => {
    const header = "X-Content-Type-Options: x;=cmd|' /C calc'!A0;"
    expect(csvCell(header)).toBe(`"X-Content-Type-Options: x;'=cmd|' /C calc'!A0;"`)
    expect(csvCell('a; "=1", b,\t-2')).toBe('"a; ""\'=1"", b,\t\'-2"')
    // Ordinary values with separators are only quoted.
    expect(csvCell("default-src 'self'; script-src 'self'")).toBe(
      `"default-src 'self'; script-src 'self'"`
    )
    expect(csvCell('max-age=31536000; includeSubDomains')).toBe(
      '"max-age=31536000; includeSubDomains"'
    )
  })

  it('ends lines with CRLF', () => {
    expect(csvLine(['a', 'b,c'])).toBe('a,"b,c"\r\n')
  })
})

describe('scan and batch CSV', () => {
  it('has one row per finding, all hostile cells guarded, and parses back', () => {
    const rows = parseCsv(scanCsv(weakResult))
    const findings = weakResult.rules.flatMap((r) => r.findings)
    expect(rows).toHaveLength(1 + findings.length)
    expect(new Set(rows.map((r) => r.length))).toEqual(new Set([9]))
    for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/)
    const messages = rows.slice(1).map((r) => r[6])
    expect(messages).toContain(`'${PAYLOAD.formula}`)
    expect(messages).toContain(`'${PAYLOAD.formulaPlus}`)
    expect(rows.slice(1).map((r) => r[7])).toContain(`Set-Cookie: session=${PAYLOAD.quoteComma}`)
  })

  it('has one row per site for a batch, worst first, errors last', () => {
    const rows = parseCsv(batchCsv(batchRows()))
    expect(rows).toHaveLength(6)
    expect(rows.slice(1).map((r) => r[2])).toEqual(['T', 'C', 'A+', '', ''])
    for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/)
    expect(rows.map((r) => r[0])).toContain(`'${PAYLOAD.formula}`)
  })
})
