/**
 * Content scanning with a time limit per file. Text goes to a worker thread (content-worker.ts);
 * if it does not answer in time it is terminated (a ReDoS cannot be interrupted any other way) and
 * its next file gets a fresh worker. A spare worker (at most one per core, at most 2 in all)
 * starts only when every worker has been stuck on one file for a while: on a normal page one
 * worker keeps up with the fetches, and each extra start costs ~50 ms of CPU.
 */
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import type { VulnDb } from '../../../rules/lib/vulndb-types.ts'
import type { ContentHit, WorkerLibrary } from './content-match.ts'
import type { ContentReply, ContentRequest, InitMessage } from './content-worker.ts'

export const DEFAULT_FILE_BUDGET_MS = 3_000
/** A file scanned this long (a huge or hostile script) lets a spare worker take the next ones. */
export const SPARE_AFTER_MS = 300
const WORKER_URL = new URL('./content-worker-boot.mjs', import.meta.url)

export type ContentResult = { hits: ContentHit[] } | { timedOut: true } | { error: string }

export interface ContentScanner {
  /** `only`: restrict to these library ids (the URL already named the library). */
  scan(text: string, signal?: AbortSignal, only?: readonly string[]): Promise<ContentResult>
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

/**
 * `db` may still be loading: the worker starts at once (its start-up overlaps the page fetch) and
 * gets the patterns when they are known; scans wait for them.
 */
export function createContentScanner(
  db: VulnDb | PromiseLike<VulnDb | undefined>,
  budgetMs = DEFAULT_FILE_BUDGET_MS,
  size = Math.min(2, availableParallelism()),
  /** Start the first worker now (there is work coming); otherwise only on the first scan. */
  eager = true
): ContentScanner {
  const libraries = Promise.resolve(db).then((d) => (d ? workerLibraries(d) : []))
  const spawn = (): Running => {
    const worker = new Worker(WORKER_URL, {
      resourceLimits: { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 64 },
    })
    const ready = new Promise<void>((resolve) => {
      const onReady = (m: { ready?: true }) => {
        if (!m.ready) return
        worker.off('message', onReady)
        resolve()
      }
      worker.on('message', onReady)
    })
    void libraries.then(
      (init) => worker.postMessage({ init } satisfies InitMessage),
      () => worker.postMessage({ init: [] } satisfies InitMessage)
    )
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
      const done = (result: ContentResult, kill: boolean) => {
        if (finished) return
        finished = true
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
        if (m.id === request.id) done({ hits: m.hits }, false)
      }
      const onError = (e: Error) => done({ error: e.message }, true)
      const onAbort = () => done({ timedOut: true }, true)
      worker.on('message', onMessage)
      worker.on('error', onError)
      signal?.addEventListener('abort', onAbort, { once: true })
      worker.postMessage(request)
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
    scan(text, signal, only) {
      const now = performance.now()
      if (slots.length < size && slots.every((s) => stuck(s, now))) slots.push(newSlot())
      const free = slots.filter((s) => !stuck(s, now))
      const slot = (free.length ? free : slots).reduce((a, b) => (b.pending < a.pending ? b : a))
      const request: ContentRequest = { id: nextId++, text, ...(only ? { only: [...only] } : {}) }
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
      await Promise.all(slots.map((s) => s.running?.worker.terminate()))
    },
  }
}
