import type { BatchCounts, BatchRecord, ScanRecord } from '../store/types.ts'

const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString())

/** What every view of a scan starts with. */
function scanIdentity(s: ScanRecord) {
  return { id: s.id, url: s.url, host: s.host, status: s.status, createdAt: iso(s.createdAt)! }
}

export function scanSummary(s: ScanRecord) {
  return {
    ...scanIdentity(s),
    ...(s.finishedAt !== undefined ? { finishedAt: iso(s.finishedAt) } : {}),
    ...(s.grades ? { grades: s.grades } : {}),
    ...(s.batchId !== undefined ? { batchId: s.batchId } : {}),
  }
}

/** A scan without its result (the route splices the stored result JSON in). */
export function scanView(s: ScanRecord) {
  return {
    ...scanIdentity(s),
    ...(s.startedAt !== undefined ? { startedAt: iso(s.startedAt) } : {}),
    ...(s.finishedAt !== undefined ? { finishedAt: iso(s.finishedAt) } : {}),
    progress: s.progress,
    ...(s.error && s.status !== 'queued' && s.status !== 'running' ? { error: s.error } : {}),
    ...(s.batchId !== undefined ? { batchId: s.batchId } : {}),
  }
}

export function scanLinks(id: string) {
  return {
    self: `/api/scans/${id}`,
    events: `/api/scans/${id}/events`,
    report: `/api/scans/${id}/report`,
  }
}

export function batchStatus(b: BatchRecord, c: BatchCounts): string {
  if (c.queued + c.running > 0)
    return b.cancelled
      ? 'cancelling'
      : c.running > 0 || c.done + c.failed > 0
        ? 'running'
        : 'queued'
  return b.cancelled ? 'cancelled' : 'done'
}

export function batchView(b: BatchRecord, c: BatchCounts) {
  return {
    id: b.id,
    name: b.name,
    status: batchStatus(b, c),
    createdAt: iso(b.createdAt)!,
    counts: {
      total: b.total,
      queued: c.queued,
      running: c.running,
      done: c.done,
      failed: c.failed,
      cancelled: c.cancelled,
      duplicate: c.duplicate,
      invalid: c.invalid,
    },
  }
}
