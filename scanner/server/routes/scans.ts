import { Hono } from 'hono'
import { checkTarget } from '../../batch/intake.ts'
import { groupKeyFor } from '../../batch/politeness.ts'
import { optionsFor } from '../../batch/scan-job.ts'
import { submitScan } from '../../batch/submit.ts'
import { BlockedDestinationError, HarbourScanError } from '../../errors.ts'
import { resolveGuarded } from '../../net/resolve.ts'
import { FINAL_STATUSES, type ScanRecord } from '../../store/types.ts'
import { acceptsGzip, matchesEtag, type CachedBody } from '../body-cache.ts'
import type { AppEnv, ServiceContext } from '../context.ts'
import { scanLinks, scanSummary, scanView } from '../present.ts'
import { HttpProblem } from '../problem.ts'
import { plainResponse } from '../response-headers.ts'
import { sseStream } from '../sse.ts'
import { jsonBody, mustGetScan, wholeNumberParam } from './util.ts'

/** Refuses a target before anything is stored: URL policy, then every resolved address. */
async function admit(ctx: ServiceContext, input: unknown) {
  if (typeof input !== 'string')
    throw new HttpProblem(400, 'E_TARGET_INVALID', 'Send {"url": "https://example.com"}')
  try {
    const target = checkTarget(input, ctx.settings)
    await resolveGuarded(target.host, target.port, optionsFor(ctx.settings).policy)
    return target
  } catch (error) {
    if (error instanceof BlockedDestinationError)
      throw new HttpProblem(400, 'E_PRIVATE_ADDRESS', error.message)
    if (error instanceof HarbourScanError) {
      const code = error.code === 'E_DNS' ? 'E_TARGET_UNRESOLVABLE' : error.code
      throw new HttpProblem(400, code, error.message)
    }
    throw error
  }
}

type ScanSse = { event: 'progress' | 'status'; data: unknown }

export function scanRoutes(ctx: ServiceContext): Hono<AppEnv> {
  const app = new Hono<AppEnv>()

  app.post('/', async (c) => {
    const body = await jsonBody<{ url?: unknown }>(c)
    const target = await admit(ctx, body.url)
    const org = c.get('org')
    const id = await submitScan(ctx.store, ctx.queue, org.id, {
      input: String(body.url).trim(),
      url: target.url,
      host: target.host,
      groupKey: groupKeyFor(target.host),
    })
    return c.json({ id, status: 'queued', url: target.url, links: scanLinks(id) }, 202, {
      location: `/api/scans/${id}`,
    })
  })

  app.get('/', async (c) => {
    const limit = wholeNumberParam(c.req.query('limit'), { fallback: 20, max: 100 })
    const rawTarget = c.req.query('target')
    let host: string | undefined
    if (rawTarget !== undefined && rawTarget !== '') {
      try {
        host = checkTarget(rawTarget, {
          ...ctx.settings,
          extraPorts: 'any',
          allowPrivate: true,
        }).host
      } catch (error) {
        throw new HttpProblem(400, 'E_TARGET_INVALID', (error as Error).message)
      }
    }
    const cursor = c.req.query('cursor')
    const items = await ctx.store.listScans(c.get('org').id, {
      limit: limit + 1,
      ...(host !== undefined ? { host } : {}),
      ...(cursor ? { cursor } : {}),
    })
    const page = items.slice(0, limit)
    return c.json({
      items: page.map(scanSummary),
      ...(items.length > limit ? { next: page.at(-1)!.id } : {}),
    })
  })

  app.get('/:id', async (c) => {
    const orgId = c.get('org').id
    const send = (entry: CachedBody) => {
      const gzip = acceptsGzip(c.req.header('accept-encoding'))
        ? ctx.bodies.gzipOf(orgId, c.req.param('id'), entry)
        : undefined
      const { body, etag } = gzip ?? entry
      const headers = { etag, vary: 'accept-encoding' }
      if (matchesEtag(c.req.header('if-none-match'), etag))
        return plainResponse(c, null, 304, headers)
      const encoding = gzip ? { 'content-encoding': 'gzip' } : {}
      return plainResponse(c, body, 200, {
        ...headers,
        'content-type': 'application/json',
        ...encoding,
      })
    }
    const hit = ctx.bodies.get(orgId, c.req.param('id'))
    if (hit) return send(hit)
    const scan = await mustGetScan(ctx, c)
    const final = scan.status === 'done' || scan.status === 'failed'
    const result = final ? await ctx.store.getResultText(scan.orgId, scan.id) : undefined
    // The stored result is already JSON: splice it in instead of parsing and re-serialising.
    const view = JSON.stringify(scanView(scan))
    const body = result === undefined ? view : `${view.slice(0, -1)},"result":${result}}`
    // Only a finished scan is cached: it never changes again, so no invalidation is needed.
    if (final) return send(ctx.bodies.set(orgId, scan.id, body))
    return c.body(body, 200, { 'content-type': 'application/json' })
  })

  app.get('/:id/artifacts', async (c) => {
    const scan = await mustGetScan(ctx, c)
    const stored = await ctx.store.getResult(scan.orgId, scan.id)
    if (!stored) throw new HttpProblem(409, 'E_NOT_READY', `The scan is ${scan.status}`)
    return c.json(stored.artifacts)
  })

  app.post('/:id/cancel', async (c) => {
    const scan = await mustGetScan(ctx, c)
    const cancelled = await ctx.store.cancelScans(scan.orgId, { id: scan.id })
    await ctx.queue.cancel(cancelled)
    if (cancelled.length > 0)
      ctx.bus.scan(scan.id, scan.batchId, { type: 'status', status: 'cancelled' })
    return c.json({ id: scan.id, status: cancelled.length > 0 ? 'cancelled' : scan.status }, 202)
  })

  app.get('/:id/events', async (c) => {
    const first = await mustGetScan(ctx, c)
    let last: ScanRecord | undefined
    let final = false
    const diff = (s: ScanRecord): ScanSse[] => {
      const out: ScanSse[] = []
      if (s.progress.done !== (last?.progress.done ?? 0) && s.progress.total > 0)
        out.push({
          event: 'progress',
          data: { collector: s.progress.current ?? '', outcome: 'ok', ...s.progress },
        })
      if (s.status !== last?.status) out.push({ event: 'status', data: { status: s.status } })
      last = s
      if (FINAL_STATUSES.includes(s.status)) final = true
      return out
    }
    return sseStream<ScanSse>(
      c,
      {
        subscribe: (push) =>
          ctx.bus.onScan(first.id, (e) => {
            if (e.type === 'progress') {
              const { type: _, ...data } = e
              push({ event: 'progress', data })
            } else push({ event: 'status', data: { status: e.status } })
            if (e.type === 'status' && FINAL_STATUSES.includes(e.status)) final = true
          }),
        poll: async () => {
          const s = await ctx.store.getScan(first.orgId, first.id)
          return s ? diff(s) : []
        },
        finished: () => final,
      },
      { pollMs: ctx.ssePollMs, maxMs: ctx.sseMaxMs }
    )
  })

  return app
}
