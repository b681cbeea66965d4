import type { Param, Sql } from './sql.ts'
import type { NewScan, ScanRecord, ScanStatus, StoredResult } from './types.ts'

interface ScanRow {
  id: string
  org_id: string
  input: string
  url: string
  host: string
  status: ScanStatus
  batch_id: string | null
  batch_row: number | null
  created_at: number
  started_at: number | null
  finished_at: number | null
  attempt: number
  progress: string | null
  error: string | null
  grades: string | null
  completions: number
}

export function toScan(r: ScanRow): ScanRecord {
  return {
    id: r.id,
    orgId: r.org_id,
    input: r.input,
    url: r.url,
    host: r.host,
    status: r.status,
    createdAt: Number(r.created_at),
    ...(r.started_at !== null ? { startedAt: Number(r.started_at) } : {}),
    ...(r.finished_at !== null ? { finishedAt: Number(r.finished_at) } : {}),
    attempt: Number(r.attempt),
    progress: r.progress ? JSON.parse(r.progress) : { done: 0, total: 0 },
    ...(r.error ? { error: JSON.parse(r.error) } : {}),
    ...(r.grades ? { grades: JSON.parse(r.grades) } : {}),
    ...(r.batch_id !== null ? { batchId: r.batch_id } : {}),
    ...(r.batch_row !== null ? { batchRow: Number(r.batch_row) } : {}),
    completions: Number(r.completions),
  }
}

const INSERT_CHUNK = 1_000

/** Inserts scans in multi-row statements (100k rows in a few hundred round trips). */
export async function insertScans(sql: Sql, orgId: string, scans: readonly NewScan[]) {
  const now = Date.now()
  for (let i = 0; i < scans.length; i += INSERT_CHUNK) {
    const chunk = scans.slice(i, i + INSERT_CHUNK)
    const params: Param[] = []
    for (const s of chunk) {
      params.push(s.id, orgId, s.input, s.url, s.host, s.batchId ?? null, s.batchRow ?? null, now)
    }
    await sql.run(
      `INSERT INTO scans (id, org_id, input, url, host, status, batch_id, batch_row, created_at)
       VALUES ${chunk.map(() => "(?, ?, ?, ?, ?, 'queued', ?, ?, ?)").join(', ')}`,
      params
    )
  }
}

export async function getScan(
  sql: Sql,
  orgId: string,
  id: string
): Promise<ScanRecord | undefined> {
  const row = await sql.get<ScanRow>('SELECT * FROM scans WHERE org_id = ? AND id = ?', [orgId, id])
  return row ? toScan(row) : undefined
}

/** Worker side: the job payload carries org and scan id. */
export async function getScanForWork(sql: Sql, id: string): Promise<ScanRecord | undefined> {
  const row = await sql.get<ScanRow>('SELECT * FROM scans WHERE id = ?', [id])
  return row ? toScan(row) : undefined
}

export async function listScans(
  sql: Sql,
  orgId: string,
  o: { host?: string; limit: number; cursor?: string }
): Promise<ScanRecord[]> {
  const where = ['org_id = ?']
  const params: Param[] = [orgId]
  if (o.host !== undefined) {
    where.push('host = ?')
    params.push(o.host)
  }
  if (o.cursor !== undefined) {
    where.push('id < ?')
    params.push(o.cursor)
  }
  params.push(o.limit)
  const rows = await sql.all<ScanRow>(
    `SELECT * FROM scans WHERE ${where.join(' AND ')} ORDER BY id DESC LIMIT ?`,
    params
  )
  return rows.map(toScan)
}

/** Fenced on the attempt: a newer attempt (after a lease expired) wins. */
export async function markRunning(sql: Sql, id: string, attempt: number): Promise<boolean> {
  const changed = await sql.run(
    `UPDATE scans SET status = 'running', attempt = ?, started_at = ?, error = NULL
     WHERE id = ? AND status IN ('queued', 'running') AND attempt < ?`,
    [attempt, Date.now(), id, attempt]
  )
  return changed > 0
}

export async function setProgress(
  sql: Sql,
  id: string,
  attempt: number,
  progress: ScanRecord['progress']
): Promise<boolean> {
  const changed = await sql.run(
    "UPDATE scans SET progress = ? WHERE id = ? AND attempt = ? AND status = 'running'",
    [JSON.stringify(progress), id, attempt]
  )
  return changed > 0
}

/** Stores the result once: only the current attempt of a still-running scan may finish it. */
export async function finishScan(
  sql: Sql,
  id: string,
  attempt: number,
  stored: Omit<StoredResult, 'attempt'> & {
    grades: ScanRecord['grades']
    error?: { code: string; message: string }
    /** The final progress, stored in the same write (one write-lock round fewer per scan). */
    progress?: ScanRecord['progress']
  }
): Promise<boolean> {
  return sql.tx(async (tx) => {
    const changed = await tx.run(
      `UPDATE scans SET status = ?, finished_at = ?, grades = ?, error = ?,
       progress = COALESCE(?, progress), completions = completions + 1
       WHERE id = ? AND attempt = ? AND status = 'running'`,
      [
        stored.error ? 'failed' : 'done',
        Date.now(),
        JSON.stringify(stored.grades ?? null),
        stored.error ? JSON.stringify(stored.error) : null,
        stored.progress ? JSON.stringify(stored.progress) : null,
        id,
        attempt,
      ]
    )
    if (changed === 0) return false
    const org = await tx.get<{ org_id: string }>('SELECT org_id FROM scans WHERE id = ?', [id])
    await tx.run(
      `INSERT INTO scan_results (scan_id, org_id, attempt, result, artifacts) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (scan_id) DO UPDATE SET attempt = excluded.attempt, result = excluded.result,
       artifacts = excluded.artifacts`,
      [id, org!.org_id, attempt, JSON.stringify(stored.result), JSON.stringify(stored.artifacts)]
    )
    return true
  })
}

export async function failScan(
  sql: Sql,
  id: string,
  attempt: number,
  error: { code: string; message: string }
): Promise<boolean> {
  const changed = await sql.run(
    `UPDATE scans SET status = 'failed', finished_at = ?, error = ?, completions = completions + 1
     WHERE id = ? AND attempt = ? AND status IN ('queued', 'running')`,
    [Date.now(), JSON.stringify(error), id, attempt]
  )
  return changed > 0
}

/** Back to queued for a retry (the queue re-delivers it later). */
export async function requeueScan(sql: Sql, id: string, attempt: number, error: object) {
  await sql.run(
    "UPDATE scans SET status = 'queued', error = ? WHERE id = ? AND attempt = ? AND status = 'running'",
    [JSON.stringify(error), id, attempt]
  )
}

/** Cancels queued and running scans; running ones stop at their next heartbeat. */
export async function cancelScans(
  sql: Sql,
  orgId: string,
  filter: { id: string } | { batchId: string }
): Promise<string[]> {
  const [column, value] = 'id' in filter ? ['id', filter.id] : ['batch_id', filter.batchId]
  const rows = await sql.all<{ id: string }>(
    `UPDATE scans SET status = 'cancelled', finished_at = ?
     WHERE org_id = ? AND ${column} = ? AND status IN ('queued', 'running') RETURNING id`,
    [Date.now(), orgId, value]
  )
  return rows.map((r) => r.id)
}

export async function getResult(
  sql: Sql,
  orgId: string,
  id: string
): Promise<StoredResult | undefined> {
  const row = await sql.get<{ attempt: number; result: string; artifacts: string }>(
    'SELECT attempt, result, artifacts FROM scan_results WHERE org_id = ? AND scan_id = ?',
    [orgId, id]
  )
  if (!row) return undefined
  return {
    attempt: Number(row.attempt),
    result: JSON.parse(row.result),
    artifacts: JSON.parse(row.artifacts),
  }
}

/**
 * Safety net for scans whose job vanished without a word (e.g. pg-boss failed it after its last
 * lease expired): a scan still "running" long after any attempt could have finished is failed.
 */
export async function failStalled(sql: Sql, startedBefore: number): Promise<string[]> {
  const rows = await sql.all<{ id: string }>(
    `UPDATE scans SET status = 'failed', finished_at = ?, error = ?
     WHERE status = 'running' AND started_at < ? RETURNING id`,
    [
      Date.now(),
      JSON.stringify({
        code: 'E_STALLED',
        message: 'The worker running this scan stopped responding',
      }),
      startedBefore,
    ]
  )
  return rows.map((r) => r.id)
}

/** The stored ScanResult as JSON text, without the (larger) artifacts: the hot read path. */
export async function getResultText(
  sql: Sql,
  orgId: string,
  id: string
): Promise<string | undefined> {
  const row = await sql.get<{ result: string }>(
    'SELECT result FROM scan_results WHERE org_id = ? AND scan_id = ?',
    [orgId, id]
  )
  return row?.result
}
