/**
 * Content scanning with a time limit per file. Text goes to a worker thread; if the worker does not
 * answer in time it is terminated (a ReDoS cannot be interrupted any other way) and the next file
 * gets a fresh worker.
 */
import { Worker } from 'node:worker_threads'
import type { VulnDb } from '../../../rules/lib/vulndb-types.ts'
import type { ContentHit, WorkerLibrary } from './content-worker.ts'

export const DEFAULT_FILE_BUDGET_MS = 3_000
const WORKER_URL = new URL('./content-worker.ts', import.meta.url)

export type ContentResult = { hits: ContentHit[] } | { timedOut: true } | { error: string }

export interface ContentScanner {
  scan(text: string, signal?: AbortSignal): Promise<ContentResult>
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

export function createContentScanner(
  db: VulnDb,
  budgetMs = DEFAULT_FILE_BUDGET_MS
): ContentScanner {
  const libraries = workerLibraries(db)
  let worker: Worker | undefined
  let nextId = 0
  let queue: Promise<unknown> = Promise.resolve()
  const spawn = () =>
    new Worker(WORKER_URL, {
      workerData: { libraries },
      resourceLimits: { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 64 },
    })

  return {
    // One file at a time, so each file's time limit starts when its own scan starts.
    scan(text, signal) {
      const run = queue.then(() => scanOne(text, signal))
      queue = run.then(
        () => undefined,
        () => undefined
      )
      return run
    },
    async close() {
      await queue
      await worker?.terminate()
      worker = undefined
    },
  }

  function scanOne(text: string, signal?: AbortSignal): Promise<ContentResult> {
    if (signal?.aborted) return Promise.resolve({ timedOut: true })
    const current = (worker ??= spawn())
    const id = nextId++
    return new Promise<ContentResult>((resolve) => {
      const done = (result: ContentResult, kill: boolean) => {
        clearTimeout(timer)
        current.off('message', onMessage)
        current.off('error', onError)
        signal?.removeEventListener('abort', onAbort)
        if (kill) {
          if (worker === current) worker = undefined
          void current.terminate()
        }
        resolve(result)
      }
      const onMessage = (m: { id: number; hits: ContentHit[] }) => {
        if (m.id === id) done({ hits: m.hits }, false)
      }
      const onError = (e: Error) => done({ error: e.message }, true)
      const onAbort = () => done({ timedOut: true }, true)
      const timer = setTimeout(onAbort, budgetMs)
      current.on('message', onMessage)
      current.on('error', onError)
      signal?.addEventListener('abort', onAbort, { once: true })
      current.postMessage({ id, text })
    })
  }
}
