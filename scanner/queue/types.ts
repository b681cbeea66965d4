import type { Sql } from '../store/sql.ts'

/** One scan to run. `key` is the scan id: enqueueing the same key twice adds it once. */
export interface NewJob {
  key: string
  orgId: string
  /** Politeness group: the registrable domain (tldts), or the host for IP literals. */
  groupKey: string
  maxAttempts?: number
}

export interface ClaimedJob {
  id: string
  key: string
  orgId: string
  groupKey: string
  /** 1 on first delivery; also the fencing token: a stale attempt cannot settle the job. */
  attempt: number
  owner: string
}

export type QueueEvent =
  | { type: 'claimed'; key: string; attempt: number }
  | { type: 'progress'; key: string; attempt: number; progress: unknown }
  | { type: 'completed'; key: string; attempt: number }
  | { type: 'retrying'; key: string; attempt: number; error: JobError }
  | { type: 'failed'; key: string; attempt: number; error: JobError }
  | { type: 'cancelled'; key: string }

export interface JobError {
  code: string
  message: string
}

export interface QueueStats {
  queued: number
  active: number
  done: number
  failed: number
  cancelled: number
}

/**
 * The scan queue: at-least-once delivery with leases. Every engine (embedded SQLite, pg-boss)
 * passes the same conformance suite (test/queue/conformance.ts).
 */
export interface ScanQueue {
  readonly engine: 'sqlite' | 'pg-boss'
  /** Whether heartbeat() extends the lease (pg-boss extends only by heartbeatSeconds ≥ 10). */
  readonly heartbeatExtendsLease: boolean
  /** Idempotent by key. `tx` enqueues inside the store's transaction when both share a database. */
  enqueue(jobs: readonly NewJob[], o?: { tx?: Sql }): Promise<{ added: number; duplicates: number }>
  /** Leases up to `max` ready jobs, respecting per-group concurrency and cooldown. */
  claim(owner: string, max: number): Promise<ClaimedJob[]>
  /** Renews the lease; false once the lease is lost (expired, cancelled, re-delivered). */
  heartbeat(job: ClaimedJob, progress?: unknown): Promise<boolean>
  /** Fenced: false when this attempt no longer holds the job (a late completion is refused). */
  complete(job: ClaimedJob): Promise<boolean>
  /** Transient errors retry with exponential backoff until maxAttempts; 'stale' = fenced out. */
  fail(
    job: ClaimedJob,
    error: JobError,
    retryable: boolean
  ): Promise<'retrying' | 'failed' | 'stale'>
  /** Cancels queued or active jobs by key; an active holder loses its lease. */
  cancel(keys: readonly string[]): Promise<number>
  stats(): Promise<QueueStats>
  /** In-process event feed (SSE and tests); returns an unsubscribe function. */
  on(listener: (event: QueueEvent) => void): () => void
  close(): Promise<void>
}

export interface QueueOptions {
  /** Lease length; a worker heartbeats at a third of it. */
  leaseMs: number
  /** At most this many active jobs per group (registrable domain). */
  groupConcurrency: number
  /** Minimum time between two claims in one group (per-target cooldown). */
  groupIntervalMs: number
  /** First retry delay; doubles per attempt. */
  backoffMs: number
  maxAttempts: number
}

export const DEFAULT_QUEUE_OPTIONS: QueueOptions = {
  leaseMs: 90_000,
  groupConcurrency: 2,
  groupIntervalMs: 0,
  backoffMs: 2_000,
  maxAttempts: 3,
}

/** pg-boss's attempt reference (id + retryCount). */
export interface JobAttemptRef {
  id: string
  retryCount: number
}
