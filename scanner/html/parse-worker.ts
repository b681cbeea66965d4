/** Worker entry: parses one page and posts the facts back (see parse-isolated.ts). */
import { parentPort, workerData } from 'node:worker_threads'
import { parseHtmlFacts } from './parse-html.ts'

const { html, url, opts } = workerData as {
  html: string
  url: string
  opts: Parameters<typeof parseHtmlFacts>[2]
}
parentPort?.postMessage(parseHtmlFacts(html, url, opts))
