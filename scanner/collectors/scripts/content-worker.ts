/**
 * The content worker thread: runs the third-party content regexes (content-match.ts) on hostile
 * script text, off the main thread. A pattern that backtracks for ever only stalls this worker,
 * which the parent terminates at its time limit (content-scan.ts).
 *
 * The worker may start before the patterns are known (its start-up then overlaps the page fetch):
 * they arrive in an `init` message, and scan requests that come first wait for it.
 */
import { parentPort } from 'node:worker_threads'
import {
  createContentMatcher,
  type ContentHit,
  type ContentMatcher,
  type WorkerLibrary,
} from './content-match.ts'

export type { ContentHit, WorkerLibrary } from './content-match.ts'

export interface ContentRequest {
  id: number
  text: string
  /** Only these library ids (the URL already identified the file). */
  only?: string[]
}
export interface InitMessage {
  init: WorkerLibrary[]
}
export interface ContentReply {
  id: number
  hits: ContentHit[]
}

let matcher: ContentMatcher | undefined
const waiting: ContentRequest[] = []

function answer(request: ContentRequest, ready: ContentMatcher) {
  // Fetched files are normalised by the parent already; inline scripts may still carry CRs.
  const text = request.text.includes('\r') ? request.text.replace(/\r\n?/g, '\n') : request.text
  const reply: ContentReply = { id: request.id, hits: ready.scan(text, request.only) }
  parentPort?.postMessage(reply)
}

parentPort?.on('message', (message: ContentRequest | InitMessage) => {
  if ('init' in message) {
    matcher = createContentMatcher(message.init)
    parentPort?.postMessage({ ready: true })
    for (const request of waiting.splice(0)) answer(request, matcher)
  } else if (matcher) answer(message, matcher)
  else waiting.push(message)
})
