/**
 * The content worker thread: runs the third-party content regexes (content-match.ts) on hostile
 * script text, off the main thread. A pattern that backtracks for ever only stalls this worker,
 * which the parent terminates at its time limit (content-scan.ts).
 *
 * The worker may start before the patterns are known (its start-up then overlaps the page fetch):
 * they arrive in an `init` message, and scan requests that come first wait for it.
 *
 * It also normalises line ends and takes the SHA-1 Retire.js hashes are keyed by, so the main
 * thread, which fetches the scripts, never loads crypto (nor waits for OpenSSL to start) for them.
 */
import { parentPort } from 'node:worker_threads'
import { decodeText } from '../../net/decode-text.ts'
import {
  createContentMatcher,
  type ContentHit,
  type ContentMatcher,
  type WorkerLibrary,
} from './content-match.ts'

export type { ContentHit, WorkerLibrary } from './content-match.ts'

export interface ContentRequest {
  id: number
  /** The script as text, or as body bytes (transferred, not copied) to decode here. */
  text?: string
  bytes?: Uint8Array
  /** The response's Content-Type, for the charset of `bytes`. */
  contentType?: string
  /** Only these library ids (the URL already identified the file). */
  only?: string[]
  /** Also take the SHA-1 (after CRLF → LF), answered first in its own message. */
  hash?: boolean
}
export interface InitMessage {
  init: WorkerLibrary[]
  /** SHA-1 → the library ids with a known file of that hash. */
  hashes?: Record<string, string[]>
}
/** The SHA-1 comes before the hits so that a file whose regexes time out still has it. */
export type ContentReply = { id: number; sha1: string } | { id: number; hits: ContentHit[] }

// Loaded on the first hash, after the worker has said it is ready (node:crypto costs a worker
// ~8 ms to load); and not as an ES import, whose facade reads every export (loading Web Crypto).
const sha1Of = (text: string) =>
  process.getBuiltinModule('node:crypto').createHash('sha1').update(text).digest('hex')

let matcher: ContentMatcher | undefined
let hashes: Record<string, string[]> = {}
const waiting: ContentRequest[] = []

function answer(request: ContentRequest, ready: ContentMatcher) {
  const decoded =
    request.text ?? decodeText(request.bytes ?? new Uint8Array(), request.contentType ?? '')
  const text = decoded.includes('\r') ? decoded.replace(/\r\n?/g, '\n') : decoded
  let only = request.only
  if (request.hash) {
    const sha1 = sha1Of(text)
    parentPort?.postMessage({ id: request.id, sha1 } satisfies ContentReply)
    // Like Retire.js, a file identified by its hash gets only that library's content patterns.
    const known = Object.hasOwn(hashes, sha1) ? hashes[sha1] : undefined
    if (known) only = [...new Set([...(only ?? []), ...known])]
  }
  parentPort?.postMessage({ id: request.id, hits: ready.scan(text, only) } satisfies ContentReply)
}

parentPort?.on('message', (message: ContentRequest | InitMessage) => {
  if ('init' in message) {
    matcher = createContentMatcher(message.init)
    hashes = message.hashes ?? {}
    parentPort?.postMessage({ ready: true })
    for (const request of waiting.splice(0)) answer(request, matcher)
  } else if (matcher) answer(message, matcher)
  else waiting.push(message)
})
