/**
 * Content scanning with a time limit per file. Text goes to a worker thread (content-worker.ts);
 * if it does not answer in time it is terminated (a ReDoS cannot be interrupted any other way) and
 * its next file gets a fresh worker. A spare worker (at most one per core, at most 2 in all)
 * starts only when every worker has been stuck on one file for a while: on a normal page one
 * worker keeps up with the fetches, and each extra start costs ~50 ms of CPU.
 */
import { availableParallelism } from 'node:os'
import type { Worker } from 'node:worker_threads'
import type { VulnDb } from '../../../rules/lib/vulndb-types.ts'
import type { ContentHit, WorkerLibrary } from './content-match.ts'
import type { ContentReply, ContentRequest, InitMessage } from './content-worker.ts'
import { startContentWorker } from './content-worker-start.ts'

export const DEFAULT_FILE_BUDGET_MS = 3_000
/** A file scanned this long (a huge or hostile script) lets a spare worker take the next ones. */
export const SPARE_AFTER_MS = 300

/** `sha1` (of the text after CRLF → LF) when asked for, even if the patterns then timed out. */
export type ContentResult = ({ hits: ContentHit[] } | { timedOut: true } | { error: string }) & {
  sha1?: string
}

export interface ScanOptions {
  /** Restrict to these library ids (the URL already named the library). */
  only?: readonly string[]
  /** Take the SHA-1 too; a file whose hash Retire.js knows gets only that library's patterns. */
  hash?: boolean
}

/** A body as fetched: the worker decodes it (by the charset) rather than the main thread. */
export interface RawScript {
  bytes: Uint8Array
  contentType: string
}

export interface ContentScanner {
  scan(
    script: string | RawScript,
    signal?: AbortSignal,
    options?: ScanOptions
  ): Promise<ContentResult>
  close(): Promise<void>
}

export function workerLibraries(db: VulnDb): WorkerLibrary[] {
  return Object.values(db.libraries)
    .filter((lib) => lib.detect.content.length || lib.detect.contentReplace.length)
    .map((lib) => ({
      id: lib.id,
      content: lib.detect.content,
      contentReplace: lib.detect.contentReplace,
    }))
}

/** SHA-1 → library ids, for the worker (the main thread looks versions up itself). */
export function hashIndex(db: VulnDb): Record<string, string[]> {
  const index: Record<string, string[]> = {}
  for (const lib of Object.values(db.libraries)) {
    for (const sha1 of Object.keys(lib.detect.hashes)) (index[sha1] ??= []).push(lib.id)
  }
  return index
}

interface Running {
  worker: Worker
  /** Resolves when the worker has compiled the patterns: file time limits start from then. */
  ready: Promise<void>
}
interface Slot {
  running?: Running
  queue: Promise<unknown>
  pending: number
  /** When the file now in the worker started (or the worker got ready, if later). */
  busySince?: number
}

export interface ContentScannerOptions {
  /** Time limit per file, from when its scan starts. */
  budgetMs?: number
  /** Most workers at once (the spare included). */
  size?: number
  /** Start the first worker now (there is work coming); otherwise only on the first scan. */
  eager?: boolean
}

/**
 * `db` may still be loading: the worker starts at once (its start-up overlaps the page fetch) and
 * gets the patterns when they are known; scans wait for them.
 */
export function createContentScanner(
  db: VulnDb | PromiseLike<VulnDb | undefined>,
  {
    budgetMs = DEFAULT_FILE_BUDGET_MS,
    size = Math.min(2, availableParallelism()),
    eager = true,
  }: ContentScannerOptions = {}
): ContentScanner {
  const init = Promise.resolve(db).then(
    (d): InitMessage => (d ? { init: workerLibraries(d), hashes: hashIndex(d) } : { init: [] }),
    (): InitMessage => ({ init: [] })
  )
  const spawn = (): Running => {
    const worker = startContentWorker()
    const ready = new Promise<void>((resolve) => {
      const onReady = (m: { ready?: true }) => {
        if (!m.ready) return
        worker.off('message', onReady)
        resolve()
      }
      worker.on('message', onReady)
    })
    void init.then((message) => worker.postMessage(message))
    return { worker, ready }
  }
  const newSlot = (): Slot => ({ running: spawn(), queue: Promise.resolve(), pending: 0 })
  const slots: Slot[] = [eager ? newSlot() : { queue: Promise.resolve(), pending: 0 }]
  let nextId = 0

  function scanOne(slot: Slot, request: ContentRequest, signal?: AbortSignal) {
    if (signal?.aborted) return Promise.resolve<ContentResult>({ timedOut: true })
    const current = (slot.running ??= spawn())
    const { worker } = current
    return new Promise<ContentResult>((resolve) => {
      let timer: ReturnType<typeof setTimeout> | undefined
      let finished = false
      let sha1: string | undefined
      const done = (outcome: ContentResult, kill: boolean) => {
        if (finished) return
        finished = true
        const result = sha1 === undefined ? outcome : { ...outcome, sha1 }
        clearTimeout(timer)
        delete slot.busySince
        worker.off('message', onMessage)
        worker.off('error', onError)
        signal?.removeEventListener('abort', onAbort)
        if (kill) {
          if (slot.running === current) delete slot.running
          void worker.terminate()
        }
        resolve(result)
      }
      const onMessage = (m: ContentReply) => {
        if (m.id !== request.id) return
        if ('sha1' in m) sha1 = m.sha1
        else done({ hits: m.hits }, false)
      }
      const onError = (e: Error) => done({ error: e.message }, true)
      const onAbort = () => done({ timedOut: true }, true)
      worker.on('message', onMessage)
      worker.on('error', onError)
      signal?.addEventListener('abort', onAbort, { once: true })
      // The body's bytes move to the worker without a copy. A view into a bigger or pooled buffer
      // is copied first: transferring that buffer would detach memory other code still uses.
      const { bytes } = request
      if (bytes) {
        const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
        const moved = own && bytes.buffer instanceof ArrayBuffer ? bytes : new Uint8Array(bytes)
        worker.postMessage({ ...request, bytes: moved }, [moved.buffer as ArrayBuffer])
      } else worker.postMessage(request)
      // The limit starts when this file's scan starts: not when it was queued, and not while a
      // fresh worker is still starting.
      void current.ready.then(() => {
        if (finished) return
        slot.busySince = performance.now()
        timer = setTimeout(onAbort, budgetMs)
      })
    })
  }

  const stuck = (slot: Slot, now: number) =>
    slot.pending > 0 && slot.busySince !== undefined && now - slot.busySince > SPARE_AFTER_MS

  return {
    scan(script, signal, { only, hash } = {}) {
      const now = performance.now()
      if (slots.length < size && slots.every((s) => stuck(s, now))) slots.push(newSlot())
      const free = slots.filter((s) => !stuck(s, now))
      const slot = (free.length ? free : slots).reduce((a, b) => (b.pending < a.pending ? b : a))
      const request: ContentRequest = {
        id: nextId++,
        ...(typeof script === 'string' ? { text: script } : script),
        ...(only ? { only: [...only] } : {}),
        ...(hash ? { hash } : {}),
      }
      slot.pending++
      const run = slot.queue.then(() => scanOne(slot, request, signal))
      slot.queue = run.then(
        () => slot.pending--,
        () => slot.pending--
      )
      return run
    },
    async close() {
      await Promise.all(slots.map((s) => s.queue))
      // Not awaited: a worker takes up to ~15 ms to stop, and nothing waits on it any more. It
      // is unreferenced so it cannot keep the process alive meanwhile.
      for (const slot of slots) {
        slot.running?.worker.unref()
        void slot.running?.worker.terminate()
        delete slot.running
      }
    },
  }
}
