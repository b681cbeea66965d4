import { createHash } from 'node:crypto'
import { EventEmitter } from 'node:events'
import { PgBoss } from 'pg-boss'
import type { Sql } from '../store/sql.ts'
import {
  DEFAULT_QUEUE_OPTIONS,
  type ClaimedJob,
  type JobAttemptRef,
  type QueueEvent,
  type QueueOptions,
  type ScanQueue,
} from './types.ts'

const NAME = 'scan'

interface JobData {
  key: string
  orgId: string
  groupKey: string
  maxAttempts: number
}

/** A stable UUID per key, so cancel and dedupe address a job by its scan id. */
export function jobIdFor(key: string): string {
  const h = createHash('sha256').update(`harbourscan:${key}`).digest('hex')
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`
}

const affected = (r: unknown) => Number((r as { affected?: number }).affected ?? 0)
const attemptOf = (j: ClaimedJob): JobAttemptRef => ({ id: j.id, retryCount: j.attempt - 1 })

export interface PgBossQueueOptions extends Partial<QueueOptions> {
  /** Monitor / supervise interval (pg-boss default 60 s delays lease recovery). */
  superviseSeconds?: number
}

/**
 * pg-boss 12 adapter: group concurrency by registrable domain (`groupConcurrency`), leases as
 * `expireInSeconds`, retries with exponential backoff, and pg-boss's attempt fence (id +
 * retryCount) for late settles. Our own `queue_keys` table makes enqueue idempotent inside the
 * store's transaction. The per-target cooldown is applied in-process by the worker (cooldownMs).
 * Known gap: a job that pg-boss fails after its last lease expiry is not reported back to the
 * store, so its scan stays "running" (the SQLite queue reports it).
 */
export async function openPgBossQueue(
  connectionString: string,
  sql: Sql,
  options: PgBossQueueOptions = {}
): Promise<ScanQueue> {
  const o = { ...DEFAULT_QUEUE_OPTIONS, ...options }
  const tick = options.superviseSeconds ?? 5
  const boss = new PgBoss({
    connectionString,
    superviseIntervalSeconds: tick,
    monitorIntervalSeconds: tick,
    maintenanceIntervalSeconds: Math.max(tick, 30),
    max: 4,
  })
  boss.on('error', () => undefined) // transient maintenance errors; operations still reject
  await boss.start()
  const leaseSeconds = Math.max(1, Math.ceil(o.leaseMs / 1000))
  const queueOptions = {
    expireInSeconds: leaseSeconds,
    retryLimit: o.maxAttempts - 1,
    retryDelay: Math.max(1, Math.round(o.backoffMs / 1000)),
    retryBackoff: true,
    ...(leaseSeconds >= 20 ? { heartbeatSeconds: Math.floor(leaseSeconds / 2) } : {}),
  }
  if (!(await boss.getQueue(NAME))) await boss.createQueue(NAME, queueOptions)
  else await boss.updateQueue(NAME, queueOptions)
  await sql.exec('CREATE TABLE IF NOT EXISTS queue_keys (key TEXT PRIMARY KEY)')
  const emitter = new EventEmitter()
  emitter.setMaxListeners(0)
  const emit = (event: QueueEvent) => emitter.emit('event', event)
  // Per-job attempt limits of jobs this process claimed (to name a failure retrying or final).
  const limits = new Map<string, number>()

  return {
    engine: 'pg-boss',
    heartbeatExtendsLease: 'heartbeatSeconds' in queueOptions,
    async enqueue(jobs, opts = {}) {
      if (jobs.length === 0) return { added: 0, duplicates: 0 }
      const work = async (tx: Sql) => {
        const fresh: (typeof jobs)[number][] = []
        for (let i = 0; i < jobs.length; i += 500) {
          const chunk = jobs.slice(i, i + 500)
          const rows = await tx.all<{ key: string }>(
            `INSERT INTO queue_keys (key) VALUES ${chunk.map(() => '(?)').join(', ')}
             ON CONFLICT (key) DO NOTHING RETURNING key`,
            chunk.map((j) => j.key)
          )
          const added = new Set(rows.map((r) => r.key))
          fresh.push(...chunk.filter((j) => added.delete(j.key)))
        }
        const db = tx.raw ? { executeSql: tx.raw } : undefined
        for (let i = 0; i < fresh.length; i += 1000) {
          const inserts = fresh.slice(i, i + 1000).map((j) => ({
            id: jobIdFor(j.key),
            data: {
              key: j.key,
              orgId: j.orgId,
              groupKey: j.groupKey,
              maxAttempts: j.maxAttempts ?? o.maxAttempts,
            } satisfies JobData,
            group: { id: j.groupKey },
            retryLimit: (j.maxAttempts ?? o.maxAttempts) - 1,
          }))
          await boss.insert(NAME, inserts, db ? { db } : {})
        }
        return { added: fresh.length, duplicates: jobs.length - fresh.length }
      }
      return opts.tx ? work(opts.tx) : sql.tx(work)
    },
    async claim(owner, max) {
      const jobs = await boss.fetch<JobData>(NAME, {
        batchSize: max,
        groupConcurrency: o.groupConcurrency,
      })
      return jobs.map((j) => {
        const { key, orgId, groupKey, maxAttempts } = j.data
        const claimed = { id: j.id, key, orgId, groupKey, attempt: j.retryCount + 1, owner }
        limits.set(j.id, maxAttempts)
        emit({ type: 'claimed', key, attempt: claimed.attempt })
        return claimed
      })
    },
    async heartbeat(job, progress) {
      const ok = affected(await boss.touch(NAME, attemptOf(job))) > 0
      if (ok && progress !== undefined)
        emit({ type: 'progress', key: job.key, attempt: job.attempt, progress })
      return ok
    },
    async complete(job) {
      const ok = affected(await boss.complete(NAME, attemptOf(job))) > 0
      limits.delete(job.id)
      if (ok) emit({ type: 'completed', key: job.key, attempt: job.attempt })
      return ok
    },
    async fail(job, error, retryable) {
      // pg-boss retries every failure while retries remain; a permanent failure is settled as
      // complete with the error as output, which the same fence protects.
      const settle = retryable
        ? boss.fail(NAME, attemptOf(job), { error })
        : boss.complete(NAME, attemptOf(job), { error })
      if (affected(await settle) === 0) return 'stale'
      const limit = limits.get(job.id) ?? o.maxAttempts
      limits.delete(job.id)
      const outcome = retryable && job.attempt < limit ? 'retrying' : 'failed'
      emit({ type: outcome, key: job.key, attempt: job.attempt, error })
      return outcome
    },
    async cancel(keys) {
      let n = 0
      for (let i = 0; i < keys.length; i += 1000) {
        const chunk = keys.slice(i, i + 1000)
        n += affected(await boss.cancel(NAME, chunk.map(jobIdFor)))
      }
      for (const key of keys) emit({ type: 'cancelled', key })
      return n
    },
    async stats() {
      const q = await boss.getQueue(NAME)
      return {
        queued: q?.queuedCount ?? 0,
        active: q?.activeCount ?? 0,
        done: 0,
        failed: q?.failedCount ?? 0,
        cancelled: 0,
      }
    },
    on(listener) {
      emitter.on('event', listener)
      return () => emitter.off('event', listener)
    },
    async close() {
      emitter.removeAllListeners()
      await boss.stop({ graceful: false, timeout: 5_000 })
    },
  }
}
