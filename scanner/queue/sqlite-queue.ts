import { EventEmitter } from 'node:events'
import type { Param, Sql } from '../store/sql.ts'
import { newId } from '../store/ids.ts'
import {
  DEFAULT_QUEUE_OPTIONS,
  type ClaimedJob,
  type QueueEvent,
  type QueueOptions,
  type QueueStats,
  type ScanQueue,
} from './types.ts'

const SCHEMA = `
CREATE TABLE IF NOT EXISTS queue_jobs (id TEXT PRIMARY KEY, key TEXT NOT NULL UNIQUE,
  org_id TEXT NOT NULL, group_key TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('queued','active','done','failed','cancelled')),
  attempts INTEGER NOT NULL DEFAULT 0, max_attempts INTEGER NOT NULL, run_at INTEGER NOT NULL,
  lease_owner TEXT, lease_until INTEGER, progress TEXT, last_error TEXT,
  created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS queue_jobs_ready ON queue_jobs (state, run_at, id);
CREATE INDEX IF NOT EXISTS queue_jobs_lease ON queue_jobs (state, lease_until);
CREATE TABLE IF NOT EXISTS queue_groups (group_key TEXT PRIMARY KEY,
  active INTEGER NOT NULL DEFAULT 0, next_allowed_at INTEGER NOT NULL DEFAULT 0);`

interface JobRow {
  id: string
  key: string
  org_id: string
  group_key: string
  attempts: number
  max_attempts: number
}

/**
 * The embedded lease queue (security.md §5.2): claims in one BEGIN IMMEDIATE transaction, group
 * counters instead of count(*) subqueries, and every settle fenced on owner + attempt.
 */
export async function openSqliteQueue(
  sql: Sql,
  options: Partial<QueueOptions> = {}
): Promise<ScanQueue> {
  const o = { ...DEFAULT_QUEUE_OPTIONS, ...options }
  await sql.exec(SCHEMA)
  const emitter = new EventEmitter()
  emitter.setMaxListeners(0)
  const emit = (event: QueueEvent) => emitter.emit('event', event)
  const fence = 'id = ? AND lease_owner = ? AND attempts = ? AND state = ?'
  const fenceArgs = (j: ClaimedJob): Param[] => [j.id, j.owner, j.attempt, 'active']

  async function release(tx: Sql, groupKeys: readonly string[]) {
    for (const g of groupKeys) {
      await tx.run('UPDATE queue_groups SET active = MAX(active - 1, 0) WHERE group_key = ?', [g])
    }
  }

  /** Expired leases go back to the queue (or fail once out of attempts). */
  async function reclaim(tx: Sql, now: number) {
    const expired = await tx.all<JobRow>(
      "SELECT * FROM queue_jobs WHERE state = 'active' AND lease_until < ?",
      [now]
    )
    for (const j of expired) {
      const error = { code: 'E_LEASE_EXPIRED', message: 'The worker stopped heartbeating' }
      const out = j.attempts >= j.max_attempts
      await tx.run(
        `UPDATE queue_jobs SET state = ?, lease_owner = NULL, lease_until = NULL, run_at = ?,
         last_error = ?, updated_at = ? WHERE id = ?`,
        [out ? 'failed' : 'queued', now, JSON.stringify(error), now, j.id]
      )
      await release(tx, [j.group_key])
      emit({ type: out ? 'failed' : 'retrying', key: j.key, attempt: j.attempts, error })
    }
  }

  const queue: ScanQueue = {
    engine: 'sqlite',
    heartbeatExtendsLease: true,
    async enqueue(jobs, opts = {}) {
      const work = async (tx: Sql) => {
        const now = Date.now()
        let added = 0
        for (let i = 0; i < jobs.length; i += 1_000) {
          const chunk = jobs.slice(i, i + 1_000)
          const params: Param[] = []
          for (const j of chunk) {
            params.push(newId(), j.key, j.orgId, j.groupKey, j.maxAttempts ?? o.maxAttempts)
            params.push(now, now, now)
          }
          added += await tx.run(
            `INSERT INTO queue_jobs (id, key, org_id, group_key, state, max_attempts, run_at,
             created_at, updated_at) VALUES ${chunk.map(() => "(?, ?, ?, ?, 'queued', ?, ?, ?, ?)").join(', ')}
             ON CONFLICT (key) DO NOTHING`,
            params
          )
          const groups = [...new Set(chunk.map((j) => j.groupKey))]
          await tx.run(
            `INSERT INTO queue_groups (group_key) VALUES ${groups.map(() => '(?)').join(', ')}
             ON CONFLICT (group_key) DO NOTHING`,
            groups
          )
        }
        return { added, duplicates: jobs.length - added }
      }
      if (jobs.length === 0) return { added: 0, duplicates: 0 }
      return opts.tx ? work(opts.tx) : sql.tx(work)
    },
    async claim(owner, max) {
      const claimed = await sql.tx(async (tx) => {
        const now = Date.now()
        await reclaim(tx, now)
        const out: ClaimedJob[] = []
        while (out.length < max) {
          const next = await tx.get<JobRow>(
            `SELECT j.* FROM queue_jobs j JOIN queue_groups g ON g.group_key = j.group_key
             WHERE j.state = 'queued' AND j.run_at <= ? AND g.active < ? AND g.next_allowed_at <= ?
             ORDER BY j.run_at, j.id LIMIT 1`,
            [now, o.groupConcurrency, now]
          )
          if (!next) break
          const attempt = next.attempts + 1
          await tx.run(
            `UPDATE queue_jobs SET state = 'active', attempts = ?, lease_owner = ?, lease_until = ?,
             updated_at = ? WHERE id = ?`,
            [attempt, owner, now + o.leaseMs, now, next.id]
          )
          await tx.run(
            'UPDATE queue_groups SET active = active + 1, next_allowed_at = ? WHERE group_key = ?',
            [now + o.groupIntervalMs, next.group_key]
          )
          out.push({
            id: next.id,
            key: next.key,
            orgId: next.org_id,
            groupKey: next.group_key,
            attempt,
            owner,
          })
        }
        return out
      })
      for (const j of claimed) emit({ type: 'claimed', key: j.key, attempt: j.attempt })
      return claimed
    },
    async heartbeat(job, progress) {
      const now = Date.now()
      const changed = await sql.run(
        `UPDATE queue_jobs SET lease_until = ?, updated_at = ?${progress !== undefined ? ', progress = ?' : ''}
         WHERE ${fence} AND lease_until >= ?`,
        [
          now + o.leaseMs,
          now,
          ...(progress !== undefined ? [JSON.stringify(progress)] : []),
          ...fenceArgs(job),
          now,
        ]
      )
      if (changed > 0 && progress !== undefined)
        emit({ type: 'progress', key: job.key, attempt: job.attempt, progress })
      return changed > 0
    },
    async complete(job) {
      const ok = await sql.tx(async (tx) => {
        const changed = await tx.run(
          `UPDATE queue_jobs SET state = 'done', lease_owner = NULL, lease_until = NULL,
           updated_at = ? WHERE ${fence}`,
          [Date.now(), ...fenceArgs(job)]
        )
        if (changed > 0) await release(tx, [job.groupKey])
        return changed > 0
      })
      if (ok) emit({ type: 'completed', key: job.key, attempt: job.attempt })
      return ok
    },
    async fail(job, error, retryable) {
      const outcome = await sql.tx(async (tx) => {
        const row = await tx.get<JobRow>(`SELECT * FROM queue_jobs WHERE ${fence}`, fenceArgs(job))
        if (!row) return 'stale' as const
        const retry = retryable && row.attempts < row.max_attempts
        const now = Date.now()
        await tx.run(
          `UPDATE queue_jobs SET state = ?, run_at = ?, lease_owner = NULL, lease_until = NULL,
           last_error = ?, updated_at = ? WHERE id = ?`,
          [
            retry ? 'queued' : 'failed',
            now + o.backoffMs * 2 ** (row.attempts - 1),
            JSON.stringify(error),
            now,
            row.id,
          ]
        )
        await release(tx, [row.group_key])
        return retry ? ('retrying' as const) : ('failed' as const)
      })
      if (outcome !== 'stale') emit({ type: outcome, key: job.key, attempt: job.attempt, error })
      return outcome
    },
    async cancel(keys) {
      if (keys.length === 0) return 0
      const rows = await sql.tx(async (tx) => {
        const out: JobRow[] = []
        for (let i = 0; i < keys.length; i += 500) {
          const chunk = keys.slice(i, i + 500)
          out.push(
            ...(await tx.all<JobRow & { state: string }>(
              `UPDATE queue_jobs SET state = 'cancelled', lease_owner = NULL, lease_until = NULL,
               updated_at = ? WHERE key IN (${chunk.map(() => '?').join(', ')})
               AND state IN ('queued', 'active') RETURNING *`,
              [Date.now(), ...chunk]
            ))
          )
        }
        return out
      })
      // RETURNING shows the new state; group counters were only held by formerly active jobs,
      // which still had a lease owner: recount the affected groups instead of guessing.
      await recount(sql, [...new Set(rows.map((r) => r.group_key))])
      for (const r of rows) emit({ type: 'cancelled', key: r.key })
      return rows.length
    },
    async stats() {
      const rows = await sql.all<{ state: keyof QueueStats; n: number }>(
        'SELECT state, COUNT(*) AS n FROM queue_jobs GROUP BY state'
      )
      const stats: QueueStats = { queued: 0, active: 0, done: 0, failed: 0, cancelled: 0 }
      for (const r of rows) stats[r.state] = Number(r.n)
      return stats
    },
    on(listener) {
      emitter.on('event', listener)
      return () => emitter.off('event', listener)
    },
    async close() {
      emitter.removeAllListeners()
    },
  }
  return queue
}

async function recount(sql: Sql, groups: readonly string[]) {
  for (const g of groups) {
    await sql.run(
      `UPDATE queue_groups SET active = (SELECT COUNT(*) FROM queue_jobs
       WHERE group_key = ? AND state = 'active') WHERE group_key = ?`,
      [g, g]
    )
  }
}
