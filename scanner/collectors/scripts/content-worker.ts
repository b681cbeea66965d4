/**
 * Runs the third-party content regexes on hostile script text, off the main thread: a pattern that
 * backtracks forever only stalls this worker, which the parent terminates at its time limit.
 */
import { parentPort, workerData } from 'node:worker_threads'

export interface WorkerLibrary {
  id: string
  content: string[]
  contentReplace: [string, string][]
}
export interface ContentRequest {
  id: number
  text: string
}
export interface ContentHit {
  library: string
  version: string
  method: 'filecontent' | 'filecontentreplace'
  detail: string
}

const MAX_MATCHES = 5
const compile = (s: string, flags: string) => {
  try {
    return new RegExp(s, flags)
  } catch {
    return undefined
  }
}
const libraries = (workerData as { libraries: WorkerLibrary[] }).libraries.map((lib) => ({
  id: lib.id,
  content: lib.content.map((s) => compile(s, 'g')).filter((r) => r !== undefined),
  replace: lib.contentReplace
    .map(([s, r]) => [compile(s, 'g'), compile(s, ''), r] as const)
    .filter(
      (t): t is readonly [RegExp, RegExp, string] => t[0] !== undefined && t[1] !== undefined
    ),
}))

const clean = (v: string) => v.replace(/[.-]min$/, '')

export function scanContent(text: string): ContentHit[] {
  const hits: ContentHit[] = []
  for (const lib of libraries) {
    for (const re of lib.content) {
      re.lastIndex = 0
      let n = 0
      for (let m = re.exec(text); m && n < MAX_MATCHES; m = re.exec(text), n++) {
        if (m[1])
          hits.push({
            library: lib.id,
            version: clean(m[1]),
            method: 'filecontent',
            detail: m[0].slice(0, 120),
          })
        if (m[0].length === 0) re.lastIndex++
      }
    }
  }
  // As Retire.js does: replace rules only when no plain content pattern matched.
  if (hits.length > 0) return hits
  for (const lib of libraries) {
    for (const [global, single, replacement] of lib.replace) {
      global.lastIndex = 0
      let n = 0
      for (let m = global.exec(text); m && n < MAX_MATCHES; m = global.exec(text), n++) {
        const version = m[0].replace(single, replacement)
        hits.push({
          library: lib.id,
          version: clean(version),
          method: 'filecontentreplace',
          detail: m[0].slice(0, 120),
        })
        if (m[0].length === 0) global.lastIndex++
      }
    }
  }
  return hits
}

parentPort?.on('message', (request: ContentRequest) => {
  const text = request.text.replace(/\r\n?/g, '\n')
  parentPort?.postMessage({ id: request.id, hits: scanContent(text) })
})
