import { execFile } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { promisify } from 'node:util'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { batchSummaryHtml } from '../../reports/html/batch.ts'
import { scanReportHtml } from '../../reports/html/report.ts'
import { launchBrowser } from '../../scanner/browser/launch.ts'
import { renderPdf } from '../../scanner/browser/pdf.ts'
import { PAYLOAD } from '../fixtures/results/payloads.ts'
import { fixtureMeta } from '../fixtures/results/rule-meta.ts'
import { weakResult } from '../fixtures/results/weak.ts'
import { batchRows } from './batch-rows.ts'

const run = promisify(execFile)
/** Rendered artifacts for people to look at (git-ignored). */
const OUT = join(import.meta.dirname, '../../test-results/reports')

let browser: Browser

/** pdftotext wraps lines where the layout does: compare without whitespace. */
const squeeze = (s: string) => s.replace(/\s+/g, '')

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true })
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

async function pdfText(pdf: Uint8Array, name: string): Promise<string> {
  const file = join(OUT, name)
  writeFileSync(file, pdf)
  const { stdout } = await run('/usr/bin/pdftotext', [file, '-'], { timeout: 30_000 })
  return stdout
}

describe('PDF reports printed by Chromium', () => {
  it('has pdftotext and pdftoppm available', () => {
    expect(existsSync('/usr/bin/pdftotext')).toBe(true)
    expect(existsSync('/usr/bin/pdftoppm')).toBe(true)
  })

  it('prints the scan report with grades, findings, escaped payloads and page footers', async () => {
    const html = scanReportHtml(weakResult, { ruleMeta: fixtureMeta })
    const pdf = await renderPdf(html, { browser, title: 'Security report: weak.example.test' })
    expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe('%PDF-')
    const text = await pdfText(pdf, 'weak.pdf')
    const has = (s: string) => expect(squeeze(text)).toContain(squeeze(s))
    has('Website security report')
    has('The certificate has expired')
    has('Overall')
    has('TLS grade T.') // the overall grade's reasons
    has('Trust problem:')
    has(PAYLOAD.script) // shown as text, exactly as the site sent it
    expect(text).toMatch(/Page 1 of \d+/)
    has('Security report: weak.example.test')
    await run('/usr/bin/pdftoppm', [
      '-png',
      '-r',
      '70',
      '-f',
      '1',
      '-l',
      '1',
      join(OUT, 'weak.pdf'),
      join(OUT, 'weak-pdf'),
    ])
    const page = await browser.newPage({ javaScriptEnabled: false })
    await page.setContent(html)
    await page.screenshot({ path: join(OUT, 'weak-html.png'), fullPage: true })
    await page.close()
  })

  it('prints the batch summary with its chart', async () => {
    const pdf = await renderPdf(batchSummaryHtml(batchRows()), { browser })
    const text = await pdfText(pdf, 'batch.pdf')
    expect(text).toContain('Most common problems')
    expect(text).toContain('Sites, worst first')
    await run('/usr/bin/pdftoppm', [
      '-png',
      '-r',
      '70',
      '-f',
      '1',
      '-l',
      '1',
      join(OUT, 'batch.pdf'),
      join(OUT, 'batch-pdf'),
    ])
  })

  it('runs no script and makes no request, even for HTML that tries', async () => {
    let requests = 0
    const server = createServer((_req, res) => {
      requests += 1
      res.end('x')
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    try {
      const html = `<!doctype html><title>t</title><link rel="stylesheet" href="http://127.0.0.1:${port}/a.css">
<p id="p">static text</p><img src="http://127.0.0.1:${port}/b.png">
<script>document.getElementById('p').textContent = 'SCRIPT RAN'</script>`
      const text = await pdfText(await renderPdf(html, { browser }), 'hostile.pdf')
      expect(text).toContain('static text')
      expect(text).not.toContain('SCRIPT RAN')
      expect(requests).toBe(0)
    } finally {
      await new Promise((resolve) => server.close(resolve))
    }
  })
})
