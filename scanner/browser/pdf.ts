import type { Browser } from 'playwright-core'
import { escapeHtml } from '../../reports/html/escape.ts'
import { launchBrowser } from './launch.ts'

export interface PdfOptions {
  /** Reuse a running browser (tests, batch jobs); otherwise one is launched and closed. */
  browser?: Browser
  /** Shown in every page header. */
  title?: string
  /** Deadline for the whole print, launch included. */
  timeoutMs?: number
}

const DEFAULT_TIMEOUT_MS = 60_000
const MARGIN = { top: '18mm', bottom: '18mm', left: '12mm', right: '12mm' }
const SMALL = 'font-size:8px;color:#5b6673;width:100%;margin:0 12mm;font-family:Arial,sans-serif'

function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`PDF printing took longer than ${ms} ms`)), ms)
  })
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer))
}

/**
 * Prints a report's HTML to an A4 PDF with page headers and footers. The page is offline and has
 * JavaScript off: the HTML is self-contained, so every request it might make is aborted, and a
 * script that slipped past escaping could not run anyway.
 */
export async function renderPdf(html: string, options: PdfOptions = {}): Promise<Uint8Array> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  let launched: Browser | undefined
  const work = async () => {
    const browser = options.browser ?? (launched = await launchBrowser())
    const context = await browser.newContext({
      javaScriptEnabled: false,
      offline: true,
      serviceWorkers: 'block',
    })
    try {
      const page = await context.newPage()
      page.setDefaultTimeout(timeoutMs)
      await page.route('**/*', (route) => route.abort())
      await page.setContent(html, { waitUntil: 'load' })
      const title = escapeHtml(options.title ?? 'HarbourScan report')
      const pdf = await page.pdf({
        format: 'A4',
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: `<div style="${SMALL}">${title}</div>`,
        footerTemplate: `<div style="${SMALL};text-align:right">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>`,
        margin: MARGIN,
      })
      return new Uint8Array(pdf)
    } finally {
      await context.close().catch(() => undefined)
    }
  }
  const pending = work()
  try {
    return await withDeadline(pending, timeoutMs)
  } finally {
    // On a timeout the launch may still be under way: close the browser once it exists.
    const close = () => launched?.close().catch(() => undefined)
    if (launched) await close()
    else void pending.then(close, close)
  }
}
