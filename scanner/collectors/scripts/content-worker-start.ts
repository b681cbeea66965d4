/**
 * Starting content worker threads (content-worker.ts). A worker takes ~50–80 ms to start, most of
 * it Node's own bootstrap, so the CLI starts one as soon as it knows the scan includes the
 * libraries (prestartContentWorker), overlapping the rest of the scanner's loading and the page
 * fetch; the first content scanner then adopts it instead of starting its own.
 */
import { Worker } from 'node:worker_threads'

const WORKER_URL = new URL('./content-worker-boot.mjs', import.meta.url)

let parked: Worker | undefined
let started = 0

function spawn(): Worker {
  started++
  return new Worker(WORKER_URL, {
    resourceLimits: { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 64 },
  })
}

/**
 * Starts a worker for the next content scanner to adopt. It is unreferenced until adopted, so an
 * unused one (the scan failed before its libraries were checked) never keeps the process alive.
 */
export function prestartContentWorker(): void {
  if (parked) return
  parked = spawn()
  parked.unref()
}

/** The prestarted worker if there is one, else a new one. */
export function startContentWorker(): Worker {
  const worker = parked ?? spawn()
  parked = undefined
  worker.ref()
  return worker
}

/** How many content workers this process has started (for tests). */
export const contentWorkersStarted = (): number => started

/** Whether a prestarted worker is waiting to be adopted. */
export const hasPrestartedWorker = (): boolean => parked !== undefined
