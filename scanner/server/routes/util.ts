import type { Context } from 'hono'
import type { AppEnv, ServiceContext } from '../context.ts'
import { HttpProblem } from '../problem.ts'

const ID = /^[0-9a-z]{9}[0-9a-f]{20}$/

/** JSON bodies only with Content-Type application/json (a cross-site form post cannot send it). */
export async function jsonBody<T>(c: Context<AppEnv>, maxBytes = 1_000_000): Promise<T> {
  const type = c.req.header('content-type') ?? ''
  if (!/^application\/json\b/i.test(type))
    throw new HttpProblem(415, 'E_UNSUPPORTED_MEDIA_TYPE', 'Send Content-Type: application/json')
  const text = await c.req.text()
  if (text.length > maxBytes)
    throw new HttpProblem(413, 'E_BODY_TOO_LARGE', 'The body is too large')
  try {
    const value = JSON.parse(text) as unknown
    if (value === null || typeof value !== 'object')
      throw new HttpProblem(400, 'E_BAD_JSON', 'Send a JSON object')
    return value as T
  } catch (error) {
    if (error instanceof HttpProblem) throw error
    throw new HttpProblem(400, 'E_BAD_JSON', 'The body is not valid JSON')
  }
}

/** A whole-number query parameter in [min, max] (larger values are clamped to max). */
export function wholeNumberParam(
  value: string | undefined,
  { fallback, max, min = 1 }: { fallback: number; max: number; min?: number }
): number {
  if (value === undefined || value === '') return fallback
  const n = Number(value)
  if (!Number.isInteger(n) || n < min)
    throw new HttpProblem(
      400,
      'E_BAD_PARAMETER',
      `Expected a whole number from ${min}, got ${JSON.stringify(value.slice(0, 20))}`
    )
  return Math.min(n, max)
}

/** 404 for unknown ids and for other organisations' ids alike (no existence oracle). */
export async function mustGetScan(ctx: ServiceContext, c: Context<AppEnv>, param = 'id') {
  const id = c.req.param(param) ?? ''
  const scan = ID.test(id) ? await ctx.store.getScan(c.get('org').id, id) : undefined
  if (!scan) throw new HttpProblem(404, 'E_NOT_FOUND', 'No such scan')
  return scan
}

export async function mustGetScanById(ctx: ServiceContext, c: Context<AppEnv>, id: string) {
  const scan = ID.test(id) ? await ctx.store.getScan(c.get('org').id, id) : undefined
  if (!scan) throw new HttpProblem(404, 'E_NOT_FOUND', `No such scan: ${id.slice(0, 40)}`)
  return scan
}

export async function mustGetBatch(ctx: ServiceContext, c: Context<AppEnv>) {
  const id = c.req.param('id') ?? ''
  const batch = ID.test(id) ? await ctx.store.getBatch(c.get('org').id, id) : undefined
  if (!batch) throw new HttpProblem(404, 'E_NOT_FOUND', 'No such batch')
  return batch
}
