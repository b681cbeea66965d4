import { createHash } from 'node:crypto'
import type { ScanQueue } from '../queue/types.ts'
import { newId } from '../store/ids.ts'
import type { Store } from '../store/index.ts'
import { insertScans } from '../store/scans.ts'
import type { BatchRecord } from '../store/types.ts'
import { intake, issuesOf, rowsNotScanned, type Intake } from './intake.ts'
import type { InputRow } from './parse.ts'
import type { ScanSettings } from './scan-job.ts'

export interface SubmittedBatch {
  batch: BatchRecord
  /** A replay: the batch made earlier for the same key or list (nothing new was enqueued). */
  existing: boolean
  /** The rows not scanned, as recorded for this batch (on a replay, the stored ones). */
  duplicates: Intake['duplicates']
  invalid: Intake['invalid']
}

/** An identical list sent again within this long (a double click, a retry) is the same batch. */
export const SAME_LIST_WITHIN_MS = 10 * 60_000

/**
 * Classifies the rows and writes batch, scans, per-row issues and queue jobs in one transaction.
 * The client's idempotency key returns the same batch on replay (and is refused for another
 * list); without one, so does the same list sent again within SAME_LIST_WITHIN_MS. Later, the
 * same list is a new batch: a monthly rescan of the same members must scan again.
 */
export async function submitBatch(
  store: Store,
  queue: ScanQueue,
  orgId: string,
  o: { name: string; rows: readonly InputRow[]; settings: ScanSettings; idempotencyKey?: string }
): Promise<SubmittedBatch> {
  const checked = intake(o.rows, o.settings)
  const id = newId()
  const requestHash = createHash('sha256')
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
      ...(o.idempotencyKey !== undefined ? { idempotencyKey: o.idempotencyKey } : {}),
      requestHash,
      sameListWithinMs: SAME_LIST_WITHIN_MS,
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
  const notScanned = existing ? rowsNotScanned(await store.batchIssues(orgId, batch.id)) : checked
  return { batch, existing, duplicates: notScanned.duplicates, invalid: notScanned.invalid }
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
