import { Hono, type Context } from 'hono'
import { summarizeBatch } from '../../../reports/batch-summary.ts'
import type { BatchRow } from '../../../reports/types.ts'
import {
  MAX_BATCH_BYTES,
  MAX_BATCH_ROWS,
  parseInputList,
  type InputRow,
} from '../../batch/parse.ts'
import { submitBatch } from '../../batch/submit.ts'
import { HarbourScanError } from '../../errors.ts'
import type { AppEnv, ServiceContext } from '../context.ts'
import { batchView } from '../present.ts'
import { HttpProblem } from '../problem.ts'
import { sseStream } from '../sse.ts'
import { formatParam, sendReport } from './reports.ts'
import { jsonBody, mustGetBatch, wholeNumberParam } from './util.ts'

async function readRows(c: Context<AppEnv>) {
  const type = c.req.header('content-type') ?? ''
  const length = Number(c.req.header('content-length') ?? 0)
  if (length > MAX_BATCH_BYTES + 64_000)
    throw new HttpProblem(413, 'E_BATCH_TOO_LARGE', 'The upload is larger than 10 MB')
  try {
    if (/^multipart\/form-data/i.test(type)) {
      const form = await c.req.parseBody().catch(() => {
        throw new HttpProblem(400, 'E_BATCH_INVALID', 'The multipart/form-data body is malformed')
      })
      const file = form['file']
      if (!(file instanceof File))
        throw new HttpProblem(400, 'E_BATCH_NO_FILE', 'Send the list in a form field named "file"')
      if (file.size > MAX_BATCH_BYTES)
        throw new HttpProblem(413, 'E_BATCH_TOO_LARGE', 'The file is larger than 10 MB')
      const name = typeof form['name'] === 'string' ? form['name'] : file.name
      return { name, rows: parseInputList(await file.text()) }
    }
    const body = await jsonBody<{ name?: unknown; urls?: unknown }>(c, MAX_BATCH_BYTES)
    if (!Array.isArray(body.urls) || body.urls.some((u) => typeof u !== 'string'))
      throw new HttpProblem(400, 'E_BATCH_INVALID', 'Send {"urls": ["example.com", …]}')
    if (body.urls.length > MAX_BATCH_ROWS)
      throw new HttpProblem(413, 'E_BATCH_TOO_LARGE', `At most ${MAX_BATCH_ROWS} URLs per batch`)
    const rows: InputRow[] = (body.urls as string[]).map((input, i) => ({
      row: i + 1,
      input: input.trim(),
    }))
    return { name: typeof body.name === 'string' ? body.name : 'API batch', rows }
  } catch (error) {
    if (error instanceof HarbourScanError) {
      throw new HttpProblem(
        error.code === 'E_BATCH_TOO_LARGE' ? 413 : 400,
        error.code,
        error.message
      )
    }
    throw error
  }
}

export function batchRoutes(ctx: ServiceContext): Hono<AppEnv> {
  const app = new Hono<AppEnv>()

  app.post('/', async (c) => {
    const { name, rows } = await readRows(c)
    if (rows.length === 0) throw new HttpProblem(400, 'E_BATCH_EMPTY', 'The list has no rows')
    const key = c.req.header('idempotency-key')
    const submitted = await submitBatch(ctx.store, ctx.queue, c.get('org').id, {
      name: name.slice(0, 200),
      rows,
      settings: ctx.settings,
      ...(key ? { idempotencyKey: key.slice(0, 200) } : {}),
    }).catch((error: unknown) => {
      if (error instanceof HarbourScanError && error.code === 'E_IDEMPOTENCY_KEY_REUSED')
        throw new HttpProblem(422, error.code, error.message)
      throw error
    })
    const { batch } = submitted
    return c.json(
      {
        id: batch.id,
        total: batch.total,
        accepted: batch.accepted,
        duplicates: submitted.duplicates,
        invalid: submitted.invalid,
        ...(submitted.existing ? { replayed: true } : {}),
      },
      202,
      { location: `/api/batches/${batch.id}` }
    )
  })

  app.get('/', async (c) => {
    const org = c.get('org').id
    const batches = await ctx.store.listBatches(org, 50)
    const items = await Promise.all(
      batches.map(async (b) => batchView(b, await ctx.store.batchCounts(org, b.id)))
    )
    return c.json({ items })
  })

  app.get('/:id', async (c) => {
    const b = await mustGetBatch(ctx, c)
    return c.json(batchView(b, await ctx.store.batchCounts(b.orgId, b.id)))
  })

  app.get('/:id/rows', async (c) => {
    const b = await mustGetBatch(ctx, c)
    const status = c.req.query('status')
    const page = await ctx.store.batchRows(b.orgId, b.id, {
      offset: wholeNumberParam(c.req.query('offset'), { fallback: 0, min: 0, max: MAX_BATCH_ROWS }),
      limit: wholeNumberParam(c.req.query('limit'), { fallback: 100, max: 1_000 }),
      ...(status ? { status } : {}),
    })
    return c.json(page)
  })

  const rowsOf = async (orgId: string, id: string): Promise<BatchRow[]> =>
    (await ctx.store.batchResults(orgId, id)).map((r) => ({
      input: r.input,
      ...(r.result ? { result: JSON.parse(r.result) } : {}),
      ...(r.error
        ? { error: JSON.parse(r.error) }
        : !r.result
          ? { error: { code: `E_${r.status.toUpperCase()}`, message: `The scan is ${r.status}` } }
          : {}),
    }))

  app.get('/:id/summary', async (c) => {
    const b = await mustGetBatch(ctx, c)
    return c.json(summarizeBatch(await rowsOf(b.orgId, b.id)))
  })

  app.get('/:id/export', async (c) => {
    const format = formatParam(c.req.query('format'), ['csv', 'html', 'pdf', 'json'])
    const b = await mustGetBatch(ctx, c)
    return sendReport(c, await rowsOf(b.orgId, b.id), format, `harbourscan-batch-${b.id}`)
  })

  app.post('/:id/cancel', async (c) => {
    const b = await mustGetBatch(ctx, c)
    await ctx.store.markBatchCancelled(b.orgId, b.id)
    const ids = await ctx.store.cancelScans(b.orgId, { batchId: b.id })
    await ctx.queue.cancel(ids)
    ctx.bus.batchChanged(b.id)
    return c.json({ id: b.id, status: 'cancelled', cancelled: ids.length }, 202)
  })

  app.get('/:id/events', async (c) => {
    const b = await mustGetBatch(ctx, c)
    let last = ''
    let final = false
    const read = async () => {
      const view = batchView(b, await ctx.store.batchCounts(b.orgId, b.id))
      const fresh = await ctx.store.getBatch(b.orgId, b.id)
      if (fresh?.cancelled)
        view.status = batchView(fresh, await ctx.store.batchCounts(b.orgId, b.id)).status
      const key = JSON.stringify(view.counts)
      const out: { event: string; data: unknown }[] = []
      if (key !== last) out.push({ event: 'progress', data: view.counts })
      last = key
      if (view.status === 'done' || view.status === 'cancelled') {
        out.push({ event: 'status', data: { status: view.status } })
        final = true
      }
      return out
    }
    return sseStream(
      c,
      {
        subscribe: (push) => ctx.bus.onBatch(b.id, () => push()),
        poll: read,
        finished: () => final,
      },
      { pollMs: ctx.ssePollMs, maxMs: ctx.sseMaxMs }
    )
  })

  return app
}
