/**
 * Content scanning with a time limit per file. Text goes to one of a few worker threads (at most
 * one per core, at most 2); if a worker does not answer in time it is terminated (a ReDoS cannot be
 * interrupted any other way) and its next file gets a fresh worker.
 */
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import type { VulnDb } from '../../../rules/lib/vulndb-types.ts'
import type { ContentHit, ContentRequest, WorkerLibrary } from './content-worker.ts'

export const DEFAULT_FILE_BUDGET_MS = 3_000
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

interface Slot {
  worker?: Worker
  queue: Promise<unknown>
  pending: number
}

export function createContentScanner(
  db: VulnDb,
  budgetMs = DEFAULT_FILE_BUDGET_MS,
  size = Math.min(2, availableParallelism()),
  /** Start the first worker now (there is work coming); otherwise only on the first scan. */
  eager = true
): ContentScanner {
  const libraries = workerLibraries(db)
  const spawn = () =>
    new Worker(WORKER_URL, {
      workerData: { libraries },
      resourceLimits: { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 64 },
    })
  // The first worker starts at once so its start-up overlaps the page fetch; a second one only
  // when files queue up behind a busy worker (a slow or hostile script), to spare start-up CPU.
  const newSlot = (): Slot => ({ worker: spawn(), queue: Promise.resolve(), pending: 0 })
  const slots: Slot[] = [eager ? newSlot() : { queue: Promise.resolve(), pending: 0 }]
  let nextId = 0

  function scanOne(slot: Slot, request: ContentRequest, signal?: AbortSignal) {
    if (signal?.aborted) return Promise.resolve<ContentResult>({ timedOut: true })
    const current = (slot.worker ??= spawn())
    return new Promise<ContentResult>((resolve) => {
      const done = (result: ContentResult, kill: boolean) => {
        clearTimeout(timer)
        current.off('message', onMessage)
        current.off('error', onError)
        signal?.removeEventListener('abort', onAbort)
        if (kill) {
          if (slot.worker === current) delete slot.worker
          void current.terminate()
        }
        resolve(result)
      }
      const onMessage = (m: { id: number; hits: ContentHit[] }) => {
        if (m.id === request.id) done({ hits: m.hits }, false)
      }
      const onError = (e: Error) => done({ error: e.message }, true)
      const onAbort = () => done({ timedOut: true }, true)
      // The limit starts when this file's scan starts, not when it was queued.
      const timer = setTimeout(onAbort, budgetMs)
      current.on('message', onMessage)
      current.on('error', onError)
      signal?.addEventListener('abort', onAbort, { once: true })
      current.postMessage(request)
    })
  }

  return {
    scan(text, signal, only) {
      if (slots.every((s) => s.pending > 1) && slots.length < size) slots.push(newSlot())
      const slot = slots.reduce((a, b) => (b.pending < a.pending ? b : a))
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
      await Promise.all(slots.map((s) => s.worker?.terminate()))
    },
  }
}
