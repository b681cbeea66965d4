import { Worker } from 'node:worker_threads'
import type { HtmlFacts } from '../artifacts/html.ts'
import { HarbourScanError } from '../errors.ts'
import { parseHtmlFacts } from './parse-html.ts'

/** Pages smaller than this parse inline: a worker costs more than it protects. */
export const WORKER_THRESHOLD_CHARS = 512 * 1024

export interface IsolationOptions {
  /** Hard stop: the worker is terminated after this long. */
  timeoutMs?: number
  /** V8 old-generation cap for the worker; exceeding it ends the worker, not the scan. */
  maxOldGenerationSizeMb?: number
  thresholdChars?: number
}

/**
 * Large pages are parsed in a worker thread with its own heap limit and a hard kill, so a hostile
 * page cannot exhaust the scanner's memory or hold its event loop; small pages parse inline.
 */
export function parseHtmlFactsIsolated(
  html: string,
  url: string,
  opts: Parameters<typeof parseHtmlFacts>[2] = {},
  iso: IsolationOptions = {}
): Promise<HtmlFacts> {
  if (html.length < (iso.thresholdChars ?? WORKER_THRESHOLD_CHARS)) {
    return Promise.resolve(parseHtmlFacts(html, url, opts))
  }
  const timeoutMs = iso.timeoutMs ?? 8_000
  return new Promise<HtmlFacts>((resolve, reject) => {
    const worker = new Worker(new URL('./parse-worker-boot.mjs', import.meta.url), {
      workerData: { html, url, opts },
      resourceLimits: {
        maxOldGenerationSizeMb: iso.maxOldGenerationSizeMb ?? 256,
        maxYoungGenerationSizeMb: 32,
      },
    })
    let settled = false
    const finish = (fn: () => void) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      fn()
      void worker.terminate()
    }
    const timer = setTimeout(
      () =>
        finish(() =>
          reject(
            new HarbourScanError('E_HTML_TIMEOUT', `HTML parsing took longer than ${timeoutMs} ms`)
          )
        ),
      timeoutMs
    )
    worker.once('message', (facts: HtmlFacts) => finish(() => resolve(facts)))
    worker.once('error', (error: Error & { code?: string }) =>
      finish(() =>
        reject(
          new HarbourScanError(
            error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'E_HTML_MEMORY' : 'E_HTML_PARSE',
            `HTML parsing failed: ${error.message}`,
            { cause: error }
          )
        )
      )
    )
    worker.once('exit', (code) =>
      finish(() => reject(new HarbourScanError('E_HTML_PARSE', `HTML parser exited (${code})`)))
    )
  })
}
