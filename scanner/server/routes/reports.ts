import type { Context } from 'hono'
import { Hono } from 'hono'
import { render, type ReportInput } from '../../../reports/render.ts'
import type { ReportOptions } from '../../../reports/types.ts'
import type { AppEnv, ServiceContext } from '../context.ts'
import { HttpProblem } from '../problem.ts'
import { mustGetScan, mustGetScanById } from './util.ts'

export const REPORT_FORMATS = ['json', 'html', 'pdf', 'csv', 'sarif'] as const
type ReportFormat = (typeof REPORT_FORMATS)[number]

const TYPES: Record<ReportFormat, string> = {
  json: 'application/json; charset=utf-8',
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
  csv: 'text/csv; charset=utf-8',
  sarif: 'application/sarif+json; charset=utf-8',
}

export function formatParam(
  value: string | undefined,
  allowed: readonly ReportFormat[]
): ReportFormat {
  const format = (value ?? 'json') as ReportFormat
  if (!allowed.includes(format))
    throw new HttpProblem(400, 'E_BAD_FORMAT', `format must be one of ${allowed.join(', ')}`)
  return format
}

/** Renders a report as a download; pdf prints the html with the sandboxed browser. */
export async function sendReport(
  c: Context<AppEnv>,
  input: ReportInput,
  format: ReportFormat,
  filename: string,
  options: ReportOptions = {}
): Promise<Response> {
  let body: string | Uint8Array
  if (format === 'pdf') {
    try {
      const { renderPdf } = await import('../../browser/pdf.ts')
      body = await renderPdf(render(input, 'html', options))
    } catch (error) {
      throw new HttpProblem(
        503,
        'E_PDF_UNAVAILABLE',
        `PDF rendering failed: ${(error as Error).message}`
      )
    }
  } else body = render(input, format, options)
  return c.body(body as string, 200, {
    'content-type': TYPES[format],
    'content-disposition': `attachment; filename="${filename}.${format === 'sarif' ? 'sarif' : format}"`,
  })
}

const safeName = (s: string) => s.replace(/[^a-z0-9.-]+/gi, '-').slice(0, 80)

export function reportRoutes(ctx: ServiceContext): Hono<AppEnv> {
  const app = new Hono<AppEnv>()
  app.get('/scans/:id/report', async (c) => {
    const format = formatParam(c.req.query('format'), REPORT_FORMATS)
    const scan = await mustGetScan(ctx, c)
    const stored = await ctx.store.getResult(scan.orgId, scan.id)
    if (!stored) throw new HttpProblem(409, 'E_NOT_READY', `The scan is ${scan.status}`)
    return sendReport(c, stored.result, format, `harbourscan-${safeName(scan.host)}-${scan.id}`)
  })
  app.get('/diff', async (c) => {
    const format = formatParam(c.req.query('format'), ['json', 'html', 'csv'])
    const [from, to] = await Promise.all([
      mustGetScanById(ctx, c, c.req.query('from') ?? ''),
      mustGetScanById(ctx, c, c.req.query('to') ?? ''),
    ])
    const [older, newer] = await Promise.all([
      ctx.store.getResult(from.orgId, from.id),
      ctx.store.getResult(to.orgId, to.id),
    ])
    if (!older || !newer) throw new HttpProblem(409, 'E_NOT_READY', 'Both scans must be finished')
    const body = render(newer.result, format as 'json' | 'html' | 'csv', { against: older.result })
    if (format === 'json') return c.body(body, 200, { 'content-type': TYPES.json })
    return c.body(body, 200, {
      'content-type': TYPES[format],
      'content-disposition': `attachment; filename="harbourscan-diff-${from.id}-${to.id}.${format}"`,
    })
  })
  return app
}
