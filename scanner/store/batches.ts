import { HarbourScanError } from '../errors.ts'
import type { Param, Sql } from './sql.ts'
import { insertScans } from './scans.ts'
import type {
  BatchCounts,
  BatchIssue,
  BatchRecord,
  BatchRowView,
  NewScan,
  ScanStatus,
} from './types.ts'

interface BatchRow {
  id: string
  org_id: string
  name: string
  request_hash: string | null
  total: number
  accepted: number
  cancelled: number
  created_at: number
}

const toBatch = (r: BatchRow): BatchRecord => ({
  id: r.id,
  orgId: r.org_id,
  name: r.name,
  total: Number(r.total),
  accepted: Number(r.accepted),
  cancelled: Number(r.cancelled) === 1,
  createdAt: Number(r.created_at),
})

export interface NewBatch {
  id: string
  name: string
  /** The client's Idempotency-Key: the same key returns the same batch, for the same list only. */
  idempotencyKey?: string
  /** A digest of the list: what a replay is checked against. */
  requestHash: string
  /** Without a key, the same list sent again within this long returns the batch made for it. */
  sameListWithinMs: number
  total: number
  scans: NewScan[]
  issues: BatchIssue[]
}

/**
 * Writes the batch, its scans and its per-row issues in one transaction, and runs `enqueue` in
 * the same transaction, so a crash leaves either everything or nothing. A replay (the same
 * idempotency key, or without one the same list within `sameListWithinMs`) returns the existing
 * batch and enqueues nothing; a key reused for a different list is refused.
 */
export async function createBatch(
  sql: Sql,
  orgId: string,
  batch: NewBatch,
  enqueue: (tx: Sql) => Promise<void>
): Promise<{ batch: BatchRecord; existing: boolean }> {
  return sql.tx(async (tx) => {
    const now = Date.now()
    const earlier =
      batch.idempotencyKey === undefined
        ? await tx.get<BatchRow>(
            `SELECT * FROM batches WHERE org_id = ? AND request_hash = ? AND created_at >= ?
               AND idempotency_key IS NULL ORDER BY created_at DESC LIMIT 1`,
            [orgId, batch.requestHash, now - batch.sameListWithinMs]
          )
        : undefined
    if (earlier) return { batch: toBatch(earlier), existing: true }
    const inserted = await tx.run(
      `INSERT INTO batches (id, org_id, name, idempotency_key, request_hash, total, accepted,
         created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (org_id, idempotency_key) DO NOTHING`,
      [
        batch.id,
        orgId,
        batch.name,
        batch.idempotencyKey ?? null,
        batch.requestHash,
        batch.total,
        batch.scans.length,
        now,
      ]
    )
    if (inserted === 0) {
      const row = (await tx.get<BatchRow>(
        'SELECT * FROM batches WHERE org_id = ? AND idempotency_key = ?',
        [orgId, batch.idempotencyKey ?? null]
      ))!
      // Batches from before request hashes were kept carry none: nothing to compare.
      if (row.request_hash !== null && row.request_hash !== batch.requestHash)
        throw new HarbourScanError(
          'E_IDEMPOTENCY_KEY_REUSED',
          'This Idempotency-Key was already used for a different list: send a new key with a new list'
        )
      return { batch: toBatch(row), existing: true }
    }
    await insertScans(tx, orgId, batch.scans)
    for (let i = 0; i < batch.issues.length; i += 1_000) {
      const chunk = batch.issues.slice(i, i + 1_000)
      const params: Param[] = []
      for (const x of chunk) {
        params.push(batch.id, orgId, x.row, x.input, x.kind, x.code ?? null)
        params.push(x.reason ?? null, x.firstRow ?? null)
      }
      await tx.run(
        `INSERT INTO batch_issues (batch_id, org_id, row_no, input, kind, code, reason, first_row)
         VALUES ${chunk.map(() => '(?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
        params
      )
    }
    await enqueue(tx)
    const row = await tx.get<BatchRow>('SELECT * FROM batches WHERE id = ?', [batch.id])
    return { batch: toBatch(row!), existing: false }
  })
}

/** The rows of a batch that were not scanned (duplicates, invalid), in row order. */
export async function batchIssues(sql: Sql, orgId: string, id: string): Promise<BatchIssue[]> {
  const rows = await sql.all<{
    row_no: number
    input: string
    kind: BatchIssue['kind']
    code: string | null
    reason: string | null
    first_row: number | null
  }>(
    `SELECT row_no, input, kind, code, reason, first_row FROM batch_issues
     WHERE org_id = ? AND batch_id = ? ORDER BY row_no`,
    [orgId, id]
  )
  return rows.map((r) => ({
    row: Number(r.row_no),
    input: r.input,
    kind: r.kind,
    ...(r.code !== null ? { code: r.code } : {}),
    ...(r.reason !== null ? { reason: r.reason } : {}),
    ...(r.first_row !== null ? { firstRow: Number(r.first_row) } : {}),
  }))
}

export async function getBatch(sql: Sql, orgId: string, id: string) {
  const row = await sql.get<BatchRow>('SELECT * FROM batches WHERE org_id = ? AND id = ?', [
    orgId,
    id,
  ])
  return row ? toBatch(row) : undefined
}

export async function listBatches(sql: Sql, orgId: string, limit = 100) {
  const rows = await sql.all<BatchRow>(
    'SELECT * FROM batches WHERE org_id = ? ORDER BY id DESC LIMIT ?',
    [orgId, limit]
  )
  return rows.map(toBatch)
}

export async function batchCounts(sql: Sql, orgId: string, id: string): Promise<BatchCounts> {
  const counts: BatchCounts = {
    total: 0,
    queued: 0,
    running: 0,
    done: 0,
    failed: 0,
    cancelled: 0,
    invalid: 0,
    duplicate: 0,
  }
  const rows = await sql.all<{ status: string; n: number }>(
    `SELECT status, COUNT(*) AS n FROM scans WHERE org_id = ? AND batch_id = ? GROUP BY status
     UNION ALL
     SELECT kind, COUNT(*) FROM batch_issues WHERE org_id = ? AND batch_id = ? GROUP BY kind`,
    [orgId, id, orgId, id]
  )
  for (const r of rows) {
    counts[r.status as keyof BatchCounts] = Number(r.n)
    counts.total += Number(r.n)
  }
  return counts
}

interface RowViewRow {
  row_no: number
  input: string
  scan_id: string | null
  status: string
  grades: string | null
  error: string | null
  code: string | null
  reason: string | null
}

/**
 * Every input row in order: scans and the rows that were not scanned (duplicate, invalid). The
 * total comes from the (batch_id, status) indexes and the page from a compound SELECT whose
 * branches are read in row order from (batch_id, batch_row) and the issues' primary key, so a page
 * of a 100k-row batch reads about offset + limit rows instead of sorting all of them.
 */
export async function batchRows(
  sql: Sql,
  orgId: string,
  id: string,
  o: { offset: number; limit: number; status?: string }
): Promise<{ items: BatchRowView[]; total: number }> {
  const filter = (column: string) => (o.status !== undefined ? ` AND ${column} = ?` : '')
  const scans = `FROM scans WHERE org_id = ? AND batch_id = ?${filter('status')}`
  const issues = `FROM batch_issues WHERE org_id = ? AND batch_id = ?${filter('kind')}`
  const branch: Param[] = [orgId, id, ...(o.status !== undefined ? [o.status] : [])]
  const total = await sql.get<{ n: number }>(
    `SELECT (SELECT COUNT(*) ${scans}) + (SELECT COUNT(*) ${issues}) AS n`,
    [...branch, ...branch]
  )
  const rows = await sql.all<RowViewRow>(
    `SELECT batch_row AS row_no, input, id AS scan_id, status, grades, error,
       NULL AS code, NULL AS reason ${scans}
     UNION ALL SELECT row_no, input, NULL, kind, NULL, NULL, code, reason ${issues}
     ORDER BY row_no LIMIT ? OFFSET ?`,
    [...branch, ...branch, o.limit, o.offset]
  )
  return { items: rows.map(toRowView), total: Number(total?.n ?? 0) }
}

function toRowView(r: RowViewRow): BatchRowView {
  const grades = r.grades ? (JSON.parse(r.grades) as { overall?: string } | null) : null
  const error = r.error
    ? (JSON.parse(r.error) as { code: string; message: string })
    : r.code !== null
      ? { code: r.code, message: r.reason ?? '' }
      : undefined
  return {
    row: Number(r.row_no),
    input: r.input,
    ...(r.scan_id !== null ? { scanId: r.scan_id } : {}),
    status: r.status as ScanStatus,
    ...(grades?.overall ? { grade: grades.overall } : {}),
    ...(error ? { error } : {}),
  }
}

/** Inputs, results and errors of a batch for the summary and exports (bounded by 100k rows). */
export async function batchResults(sql: Sql, orgId: string, id: string) {
  return sql.all<{
    row_no: number
    input: string
    status: string
    error: string | null
    result: string | null
  }>(
    `SELECT s.batch_row AS row_no, s.input, s.status, s.error, r.result FROM scans s
     LEFT JOIN scan_results r ON r.scan_id = s.id
     WHERE s.org_id = ? AND s.batch_id = ? ORDER BY s.batch_row`,
    [orgId, id]
  )
}

export async function markBatchCancelled(sql: Sql, orgId: string, id: string) {
  await sql.run('UPDATE batches SET cancelled = 1 WHERE org_id = ? AND id = ?', [orgId, id])
}
