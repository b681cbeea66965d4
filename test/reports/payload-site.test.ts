/**
 * The payload range site scanned for real, then rendered in every format: whatever the site sends
 * (and whatever the user typed) must come out as inert text.
 */
import { execFile } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { render } from '../../reports/render.ts'
import { validateScanResult } from '../../reports/validate.ts'
import type { ScanResult } from '../../rules/types.ts'
import { renderPdf } from '../../scanner/browser/pdf.ts'
import { scan } from '../../scanner/scan.ts'
import { startRange, type Range } from '../range/index.ts'
import { IMG_BREAKOUT, SCRIPT_TAG, payloadSite } from '../range/payload-site.ts'
import { parseCsv } from './csv-parse.ts'
import { inspectHtml } from './html-inspect.ts'
import { sarifValidator } from './sarif-schema.ts'

const OUT = join(import.meta.dirname, '../../test-results/reports')
const INPUT_PAYLOAD = `${SCRIPT_TAG}${IMG_BREAKOUT.replaceAll(' ', '/')}`

let range: Range
let result: ScanResult

beforeAll(async () => {
  range = await startRange([payloadSite()])
  const site = range.site('payload')
  ;({ result } = await scan(`${site.url}?q=${INPUT_PAYLOAD}`, {
    allowPrivate: true,
    anyPort: true,
    caFiles: [range.pki.caFile],
  }))
})
afterAll(() => range?.close())

/** Scanned strings that carry a payload: they must all reach the report, as text. */
function hostileStrings(r: ScanResult): string[] {
  const strings = [
    r.target.input,
    ...r.rules.flatMap((rule) =>
      rule.findings.flatMap((f) => [f.message, ...f.evidence.map((e) => e.value)])
    ),
  ]
  return strings
    .filter((s) => s.includes('<script') || s.includes('onerror'))
    .filter((s) => s.length < 1000)
}

describe('reports of the payload range site', () => {
  it('scanned the site into a valid result that carries the payloads', () => {
    expect(validateScanResult(JSON.parse(JSON.stringify(result))).ok).toBe(true)
    expect(result.target.input).toContain(SCRIPT_TAG)
    // Payloads must come from what the site sent (headers, page), not only from the typed URL.
    const fromSite = hostileStrings(result).filter((s) => s !== result.target.input)
    expect(fromSite.length).toBeGreaterThan(0)
  })

  it('html: every payload is text, nothing is markup', async () => {
    const html = render(result, 'html')
    mkdirSync(OUT, { recursive: true })
    writeFileSync(join(OUT, 'payload-site.html'), html)
    const parsed = inspectHtml(html)
    for (const tag of ['script', 'img', 'svg', 'iframe', 'object', 'embed', 'link'])
      expect(parsed.tags).not.toContain(tag)
    for (const a of parsed.attributes) {
      expect(a.name).not.toMatch(/^on/)
      if (a.name === 'href') expect(a.value).toMatch(/^(https?:\/\/|#)/)
    }
    for (const s of hostileStrings(result)) expect(parsed.text).toContain(s)
  })

  it('json: payloads are \\u-escaped and read back unchanged', () => {
    const json = render(result, 'json')
    expect(json).not.toContain('<')
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(result)))
  })

  it('csv: quoted, parseable, and no cell can run as a formula', () => {
    const rows = parseCsv(render(result, 'csv'))
    expect(rows.length).toBeGreaterThan(1)
    for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/)
  })

  it('sarif: valid against the SARIF 2.1.0 schema', () => {
    const validate = sarifValidator()
    const log = JSON.parse(render(result, 'sarif'))
    expect(validate(log) ? [] : validate.errors).toEqual([])
  })

  it('pdf: the payload is printed as plain text', async () => {
    const pdf = await renderPdf(render(result, 'html'), { title: 'payload site' })
    mkdirSync(OUT, { recursive: true })
    const file = join(OUT, 'payload-site.pdf')
    writeFileSync(file, pdf)
    const { stdout } = await promisify(execFile)('/usr/bin/pdftotext', [file, '-'], {
      timeout: 30_000,
    })
    expect(stdout.replace(/\s+/g, '')).toContain(SCRIPT_TAG.replace(/\s+/g, ''))
  })
})
