import { createHash } from 'node:crypto'
import type { ScanQueue } from '../queue/types.ts'
import { newId } from '../store/ids.ts'
import type { Store } from '../store/index.ts'
import { insertScans } from '../store/scans.ts'
import type { BatchRecord } from '../store/types.ts'
import { intake, issuesOf, type Intake } from './intake.ts'
import type { InputRow } from './parse.ts'
import type { ScanSettings } from './scan-job.ts'

export interface SubmittedBatch {
  batch: BatchRecord
  existing: boolean
  intake: Intake
}

/**
 * Classifies the rows and writes batch, scans, per-row issues and queue jobs in one transaction.
 * The idempotency key (header, or the SHA-256 of the input) returns the same batch on replay.
 */
export async function submitBatch(
  store: Store,
  queue: ScanQueue,
  orgId: string,
  o: { name: string; rows: readonly InputRow[]; settings: ScanSettings; idempotencyKey?: string }
): Promise<SubmittedBatch> {
  const checked = intake(o.rows, o.settings)
  const id = newId()
  const key =
    o.idempotencyKey ??
    createHash('sha256')
      .update(JSON.stringify(o.rows.map((r) => r.input)))
      .digest('hex')
  const scans = checked.accepted.map((a) => ({
    id: newId(),
    input: a.input,
    url: a.url,
    host: a.host,
    batchId: id,
    batchRow: a.row,
    groupKey: a.groupKey,
  }))
  const { batch, existing } = await store.createBatch(
    orgId,
    {
      id,
      name: o.name,
      idempotencyKey: key,
      total: o.rows.length,
      scans,
      issues: issuesOf(checked),
    },
    async (tx) => {
      await queue.enqueue(
        scans.map((s) => ({ key: s.id, orgId, groupKey: s.groupKey })),
        { tx }
      )
    }
  )
  return { batch, existing, intake: checked }
}

/** One scan submitted through the API: stored and enqueued in one transaction. */
export async function submitScan(
  store: Store,
  queue: ScanQueue,
  orgId: string,
  target: { input: string; url: string; host: string; groupKey: string }
): Promise<string> {
  const id = newId()
  await store.sql.tx(async (tx) => {
    await insertScans(tx, orgId, [{ id, input: target.input, url: target.url, host: target.host }])
    await queue.enqueue([{ key: id, orgId, groupKey: target.groupKey }], { tx })
  })
  return id
}
