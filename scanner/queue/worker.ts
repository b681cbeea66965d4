import { randomBytes } from 'node:crypto'
import { hostname } from 'node:os'
import pLimit from 'p-limit'
import { IpLimiter } from '../batch/politeness.ts'
import { isTransient, runScan, type ScanSettings } from '../batch/scan-job.ts'
import { toCollectorError } from '../errors.ts'
import type { Store } from '../store/index.ts'
import type { EventBus } from './bus.ts'
import type { ClaimedJob, ScanQueue } from './types.ts'

export interface WorkerOptions {
  queue: ScanQueue
  store: Store
  bus?: EventBus
  settings: ScanSettings
  /** Global concurrency (p-limit). */
  concurrency: number
  perIpConcurrency: number
  /** Heartbeat period; keep it well under the queue lease. */
  heartbeatMs: number
  pollMs?: number
  /**
   * Per-target cooldown applied here, for engines whose queue cannot delay a group (pg-boss);
   * the SQLite queue enforces it at claim time. In-process only.
   */
  cooldownMs?: number
  signal: AbortSignal
}

/** At most one stored progress update per scan per this period; the final one goes with the result. */
const PROGRESS_WRITE_MS = 500

/** Waits until this group's next slot; returns false if aborted while waiting. */
async function cooldown(
  slots: Map<string, number>,
  group: string,
  ms: number,
  signal: AbortSignal
) {
  if (ms <= 0) return true
  const now = Date.now()
  const at = Math.max(now, slots.get(group) ?? 0)
  slots.set(group, at + ms)
  if (slots.size > 100_000) slots.clear() // bounded; a lost slot only shortens one wait
  if (at > now) await new Promise((r) => setTimeout(r, at - now))
  return !signal.aborted
}

/**
 * Claims jobs while there is capacity and runs each scan under a hard deadline (scan timeout
 * + 1 s). A heartbeat renews the lease and notices cancellation; losing the lease aborts the scan,
 * and every write is fenced on the attempt, so a re-delivered job is recorded exactly once.
 * Resolves after the running scans drained once `signal` aborts.
 */
export async function runWorkers(o: WorkerOptions): Promise<void> {
  const owner = `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`
  const limit = pLimit(o.concurrency)
  const ipLimiter = new IpLimiter(o.perIpConcurrency)
  const running = new Set<Promise<void>>()
  const slots = new Map<string, number>()
  let wake: (() => void) | undefined
  const pollMs = o.pollMs ?? 250
  const offQueue = o.queue.on((e) => {
    // A job whose lease expired once too often is failed by the queue: record it on the scan.
    if (e.type === 'failed' && e.error.code === 'E_LEASE_EXPIRED')
      void o.store.failScan(e.key, e.attempt, e.error).catch(() => undefined)
    if (e.type === 'completed' || e.type === 'failed') wake?.()
  })
  // A scan cannot legitimately run longer than its deadline; leave room for two lease expiries.
  const stalledAfterMs = o.settings.timeoutMs + 6 * o.heartbeatMs + 60_000
  let nextStallCheck = Date.now() + 30_000
  while (!o.signal.aborted) {
    if (Date.now() > nextStallCheck) {
      nextStallCheck = Date.now() + 30_000
      await o.store.failStalled(Date.now() - stalledAfterMs).catch(() => [])
    }
    const free = o.concurrency - running.size
    const jobs = free > 0 ? await o.queue.claim(owner, free).catch(() => []) : []
    for (const job of jobs) {
      const p = limit(async () => {
        await cooldown(slots, job.groupKey, o.cooldownMs ?? 0, o.signal)
        await handle(job, o, ipLimiter)
      })
        // The store or queue failed (a lock timeout, a lost database connection): the job keeps
        // its lease and is delivered again when it expires. One job must not end the process.
        .catch((error: unknown) => {
          const why = error instanceof Error ? error.message : String(error)
          process.stderr.write(`harbourscan worker: scan ${job.key} set aside: ${why}\n`)
        })
        .finally(() => {
          running.delete(p)
          wake?.()
        })
      running.add(p)
    }
    if (jobs.length === 0 || running.size >= o.concurrency) {
      await new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer)
          o.signal.removeEventListener('abort', done)
          resolve()
        }
        const timer = setTimeout(done, pollMs)
        wake = done
        o.signal.addEventListener('abort', done, { once: true })
      })
      wake = undefined
    }
  }
  offQueue()
  await Promise.allSettled([...running])
}

type StopReason = 'deadline' | 'cancelled' | 'lease lost'

async function handle(job: ClaimedJob, o: WorkerOptions, ipLimiter: IpLimiter): Promise<void> {
  const { queue, store, bus } = o
  const scan = await store.getScanForWork(job.key)
  if (!scan || scan.status === 'cancelled' || scan.status === 'done' || scan.status === 'failed') {
    await queue.complete(job)
    return
  }
  if (!(await store.markRunning(scan.id, job.attempt))) return // a newer attempt owns it
  bus?.scan(scan.id, scan.batchId, { type: 'status', status: 'running' })
  const abort = new AbortController()
  // Why this scan was stopped before it ended on its own, if it was.
  let stopped: StopReason | undefined
  const stop = (why: StopReason) => {
    stopped ??= why
    abort.abort()
  }
  let hardDeadline: ReturnType<typeof setTimeout> | undefined
  let progress = { done: 0, total: 0, current: '' }
  // The first stored update waits one period too: a scan done within it is stored once, with its
  // final progress in the result write (the store's write lock is shared by every worker process).
  let progressWrittenAt = Date.now()
  const beat = setInterval(() => {
    void (async () => {
      const held = await queue.heartbeat(job, progress).catch(() => true)
      const now = await store.getScanForWork(scan.id).catch(() => undefined)
      if (!held) stop('lease lost')
      else if (now?.status === 'cancelled') stop('cancelled')
    })()
  }, o.heartbeatMs)
  try {
    const outcome = await runScan(scan.url, o.settings, {
      signal: AbortSignal.any([abort.signal, o.signal]),
      ipLimiter,
      // The deadline counts from the per-IP slot: waiting behind a busy shared host is not
      // the scan's own time.
      onSlot: () => {
        hardDeadline = setTimeout(() => stop('deadline'), o.settings.timeoutMs + 1_000)
      },
      onCollector: (collector, result, done, total) => {
        progress = { done, total, current: collector }
        // In-process listeners get every step from the bus; the stored copy (read by other
        // processes' SSE polls, once a second) is throttled: each write contends for the one
        // SQLite write lock with the other workers, a dozen times per scan otherwise.
        const now = Date.now()
        if (done < total && now - progressWrittenAt >= PROGRESS_WRITE_MS) {
          progressWrittenAt = now
          void store.setProgress(scan.id, job.attempt, progress).catch(() => undefined)
        }
        bus?.scan(scan.id, scan.batchId, {
          type: 'progress',
          collector,
          outcome: result,
          done,
          total,
        })
      },
    })
    // collect() returns what it has when stopped: not this scan's result if it was stopped.
    if (await settleStopped(stopped, job, scan, o)) return
    const grades = {
      overall: outcome.result.grades.overall.letter ?? '-',
      tls: outcome.result.grades.tls.letter ?? '-',
      web: outcome.result.grades.web.letter ?? '-',
    }
    const stored = await store.finishScan(scan.id, job.attempt, {
      result: outcome.result,
      artifacts: outcome.collected,
      grades,
      progress,
      ...(outcome.error ? { error: outcome.error } : {}),
    })
    // Not stored: cancelled meanwhile, or a newer attempt owns the scan (the fence refuses us).
    await queue.complete(job).catch(() => false)
    if (stored)
      bus?.scan(scan.id, scan.batchId, {
        type: 'status',
        status: outcome.error ? 'failed' : 'done',
      })
  } catch (error) {
    await settleError(error, stopped, job, scan, o)
  } finally {
    clearTimeout(hardDeadline)
    clearInterval(beat)
  }
}

type ScanRef = { id: string; batchId?: string }

/**
 * A scan stopped from outside settles here; true if it did. After a shutdown or a lost lease the
 * job is not ours: it is delivered again (after a shutdown, once its lease expires) and the next
 * attempt scans afresh. A cancelled scan's job is done; the store already says cancelled.
 */
async function settleStopped(
  stopped: StopReason | undefined,
  job: ClaimedJob,
  scan: ScanRef,
  { queue, bus, signal }: WorkerOptions
): Promise<boolean> {
  if (signal.aborted || stopped === 'lease lost') return true
  if (stopped !== 'cancelled') return false
  await queue.complete(job).catch(() => false)
  bus?.scan(scan.id, scan.batchId, { type: 'status', status: 'cancelled' })
  return true
}

/** A scan that threw: retried when transient, failed when final, left alone when not ours. */
async function settleError(
  error: unknown,
  stopped: StopReason | undefined,
  job: ClaimedJob,
  scan: ScanRef,
  o: WorkerOptions
): Promise<void> {
  if (await settleStopped(stopped, job, scan, o)) return
  const { queue, store, bus, settings } = o
  const info =
    stopped === 'deadline'
      ? { code: 'E_TIMEOUT', message: `The scan did not end within ${settings.timeoutMs} ms` }
      : toCollectorError(error)
  if (
    stopped !== 'deadline' &&
    isTransient(error) &&
    (await queue.fail(job, info, true)) === 'retrying'
  ) {
    await store.requeueScan(scan.id, job.attempt, info)
  } else {
    await queue.fail(job, info, false).catch(() => 'stale')
    if (await store.failScan(scan.id, job.attempt, info))
      bus?.scan(scan.id, scan.batchId, { type: 'status', status: 'failed' })
  }
}
