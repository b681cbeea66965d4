import { createWriteStream } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { render } from '../../reports/render.ts'
import type { BatchRow } from '../../reports/types.ts'
import { openSqliteQueue } from '../queue/sqlite-queue.ts'
import { runWorkers } from '../queue/worker.ts'
import { openStore } from '../store/index.ts'
import { LOCAL_ORG } from '../store/orgs.ts'
import type { InputRow } from './parse.ts'
import type { ScanSettings } from './scan-job.ts'
import { submitBatch } from './submit.ts'

export interface BatchRunOptions {
  rows: readonly InputRow[]
  name: string
  outDir: string
  settings: ScanSettings
  concurrency: number
  perDomain: number
  perIp: number
  onProgress?: (done: number, total: number, failed: number) => void
  signal?: AbortSignal
}

export interface BatchRunResult {
  total: number
  accepted: number
  done: number
  failed: number
  duplicates: number
  invalid: number
  files: { results: string; csv: string; html: string }
}

/**
 * A batch without the server: the same store, queue and workers, in a SQLite file in the output
 * directory (so an interrupted run can be inspected), then one JSON line per input row and a
 * summary as CSV and HTML.
 */
export async function runBatch(o: BatchRunOptions): Promise<BatchRunResult> {
  await mkdir(o.outDir, { recursive: true })
  const store = await openStore({ database: path.join(o.outDir, `batch-${Date.now()}.sqlite`) })
  const queue = await openSqliteQueue(store.sql, { groupConcurrency: o.perDomain, leaseMs: 30_000 })
  const org = await store.ensureOrg(LOCAL_ORG)
  try {
    const { batch, ...submitted } = await submitBatch(store, queue, org.id, {
      name: o.name,
      rows: o.rows,
      settings: o.settings,
    })
    const stop = new AbortController()
    const workers = runWorkers({
      queue,
      store,
      settings: o.settings,
      concurrency: o.concurrency,
      perIpConcurrency: o.perIp,
      heartbeatMs: 10_000,
      pollMs: 50,
      signal: AbortSignal.any([stop.signal, ...(o.signal ? [o.signal] : [])]),
    })
    for (;;) {
      const c = await store.batchCounts(org.id, batch.id)
      o.onProgress?.(c.done + c.failed + c.cancelled, batch.accepted, c.failed)
      if (c.queued + c.running === 0 || o.signal?.aborted) break
      await new Promise((r) => setTimeout(r, 200))
    }
    stop.abort()
    await workers
    const results = path.join(o.outDir, 'results.jsonl')
    const out = createWriteStream(results)
    const rows: BatchRow[] = []
    const all = await store.batchRows(org.id, batch.id, { offset: 0, limit: o.rows.length + 1 })
    const stored = new Map((await store.batchResults(org.id, batch.id)).map((r) => [r.row_no, r]))
    for (const item of all.items) {
      const r = stored.get(item.row)
      const result = r?.result ? JSON.parse(r.result) : undefined
      out.write(`${JSON.stringify({ ...item, ...(result ? { result } : {}) })}\n`)
      if (item.scanId !== undefined)
        rows.push({
          input: item.input,
          ...(result ? { result } : {}),
          ...(item.error ? { error: item.error } : {}),
        })
    }
    await new Promise<void>((resolve, reject) =>
      out.end((e?: Error | null) => (e ? reject(e) : resolve()))
    )
    const csv = path.join(o.outDir, 'summary.csv')
    const html = path.join(o.outDir, 'summary.html')
    await writeFile(csv, render(rows, 'csv'))
    await writeFile(html, render(rows, 'html'))
    const c = await store.batchCounts(org.id, batch.id)
    return {
      total: o.rows.length,
      accepted: batch.accepted,
      done: c.done,
      failed: c.failed,
      duplicates: submitted.duplicates.length,
      invalid: submitted.invalid.length,
      files: { results, csv, html },
    }
  } finally {
    await queue.close()
    await store.close()
  }
}
