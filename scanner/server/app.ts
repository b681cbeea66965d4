import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { SCANNER_VERSION } from '../version.ts'
import { auth } from './auth.ts'
import type { AppEnv, ServiceContext } from './context.ts'
import { docsHtml } from './docs.ts'
import { OPENAPI } from './openapi.ts'
import { HttpProblem, problem } from './problem.ts'
import { rateLimit } from './rate-limit.ts'
import { addDefaultHeaders, responseHeaders } from './response-headers.ts'
import { batchRoutes } from './routes/batches.ts'
import { checklistRoutes } from './routes/checklist.ts'
import { reportRoutes } from './routes/reports.ts'
import { scanRoutes } from './routes/scans.ts'
import { serveWeb } from './static.ts'

const UPLOAD_LIMIT = 11 * 1024 * 1024

/** The HTTP app: API under /api, the built web front end everywhere else. */
export function createApp(ctx: ServiceContext): Hono<AppEnv> {
  const app = new Hono<AppEnv>()
  app.use(responseHeaders)
  app.use('/api/*', (c, next) => {
    addDefaultHeaders(c, { 'cache-control': 'no-store' })
    return next()
  })
  const limitBody = bodyLimit({
    maxSize: UPLOAD_LIMIT,
    onError: (c) => problem(c, 413, 'E_BODY_TOO_LARGE', 'The request body is larger than 10 MB'),
  })
  // GET and HEAD requests never carry a body (the adapter drops it); asking for one builds the
  // full fetch Request, about half the CPU of a cached GET /api/scans/:id.
  app.use('/api/*', (c, next) =>
    c.req.method === 'GET' || c.req.method === 'HEAD' ? next() : limitBody(c, next)
  )
  app.get('/api/health', (c) => c.json({ status: 'ok', version: SCANNER_VERSION }))
  app.get('/api/openapi.json', (c) => c.json(OPENAPI))
  app.get('/api/docs', (c) => c.html(docsHtml()))

  const api = new Hono<AppEnv>()
  api.use(auth(ctx))
  api.use(rateLimit(ctx.rateLimitPerMinute))
  api.route('/scans', scanRoutes(ctx))
  api.route('/batches', batchRoutes(ctx))
  api.route('/checklist', checklistRoutes(ctx))
  api.route('/', reportRoutes(ctx))
  app.route('/api', api)

  app.all('/api/*', (c) => problem(c, 404, 'E_NOT_FOUND', 'No such API route'))
  app.get('*', (c) => serveWeb(c))
  app.onError((error, c) => {
    if (error instanceof HttpProblem) return problem(c, error.status, error.code, error.message)
    process.stderr.write(`harbourscan serve: ${error.stack ?? error.message}\n`)
    return problem(c, 500, 'E_INTERNAL', 'Something went wrong on our side')
  })
  app.notFound((c) => problem(c, 404, 'E_NOT_FOUND', 'Not found'))
  return app
}
