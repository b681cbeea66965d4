/**
 * Runs the third-party content regexes on hostile script text, off the main thread: a pattern that
 * backtracks forever only stalls this worker, which the parent terminates at its time limit.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { requiredLiteral } from './needle.ts'

export interface WorkerLibrary {
  id: string
  content: string[]
  contentReplace: [string, string][]
}
export interface ContentRequest {
  id: number
  text: string
  /** Only these library ids (the URL already identified the file). */
  only?: string[]
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
interface Compiled {
  re: RegExp
  /** A literal every match contains: skip the regex when the text lacks it (a cheap includes). */
  needle: string | undefined
}
const withNeedle = (source: string, re: RegExp | undefined): Compiled[] =>
  re ? [{ re, needle: requiredLiteral(source) }] : []
const libraries = (workerData as { libraries: WorkerLibrary[] }).libraries.map((lib) => ({
  id: lib.id,
  content: lib.content.flatMap((s) => withNeedle(s, compile(s, 'g'))),
  replace: lib.contentReplace.flatMap(([s, r]) => {
    const single = compile(s, '')
    return single
      ? withNeedle(s, compile(s, 'g')).map((c) => ({ ...c, single, replacement: r }))
      : []
  }),
}))

const clean = (v: string) => v.replace(/[.-]min$/, '')

export function scanContent(text: string, only?: readonly string[]): ContentHit[] {
  const hits: ContentHit[] = []
  const selected = only ? libraries.filter((lib) => only.includes(lib.id)) : libraries
  for (const lib of selected) {
    for (const { re, needle } of lib.content) {
      if (needle !== undefined && !text.includes(needle)) continue
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
  for (const lib of selected) {
    for (const { re: global, needle, single, replacement } of lib.replace) {
      if (needle !== undefined && !text.includes(needle)) continue
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
  parentPort?.postMessage({ id: request.id, hits: scanContent(text, request.only) })
})
