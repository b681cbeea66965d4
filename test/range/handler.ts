/** The request handler of one range site: site headers, routes, static files, escape hatch. */
import type { IncomingMessage, ServerResponse } from 'node:http'
import path from 'node:path'

export interface RouteSpec {
  status?: number
  headers?: Record<string, string | string[]>
  body?: string | Buffer
  contentType?: string
}

export interface HandlerSpec {
  name: string
  headers?: Record<string, string | string[]>
  routes?: Record<string, RouteSpec>
  files?: Record<string, string | Buffer>
  handler?: (req: IncomingMessage, res: ServerResponse) => void
}

const HTML = 'text/html; charset=utf-8'

const TYPES: Record<string, string> = {
  '.html': HTML,
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.map': 'application/json',
}

export function contentTypeFor(urlPath: string): string {
  return TYPES[path.extname(urlPath).toLowerCase()] ?? 'application/octet-stream'
}

function defaultPage(name: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name}</title></head><body><h1>HarbourScan test range: ${name}</h1></body></html>\n`
}

function hasHeader(headers: Record<string, string | string[]> | undefined, name: string): boolean {
  return Object.keys(headers ?? {}).some((key) => key.toLowerCase() === name)
}

function send(req: IncomingMessage, res: ServerResponse, route: RouteSpec, fallbackType: string) {
  const body = route.body === undefined ? Buffer.alloc(0) : Buffer.from(route.body)
  for (const [key, value] of Object.entries(route.headers ?? {})) res.setHeader(key, value)
  if (route.contentType) res.setHeader('content-type', route.contentType)
  else if (!hasHeader(route.headers, 'content-type') && body.length > 0) {
    res.setHeader('content-type', fallbackType)
  }
  res.setHeader('content-length', body.length)
  res.statusCode = route.status ?? 200
  res.end(req.method === 'HEAD' ? undefined : body)
}

/**
 * Order: explicit routes, then files, then the raw handler, then the default '/' page, then 404.
 * Routes match the exact request target first (so '/?a=1' can be its own route), then the path.
 */
export function siteHandler(spec: HandlerSpec) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    for (const [key, value] of Object.entries(spec.headers ?? {})) res.setHeader(key, value)
    const target = req.url ?? '/'
    const pathname = new URL(target, 'http://range.invalid').pathname
    const route = spec.routes?.[target] ?? spec.routes?.[pathname]
    if (route) return send(req, res, route, HTML)
    const file = spec.files?.[pathname]
    if (file !== undefined) return send(req, res, { body: file }, contentTypeFor(pathname))
    if (spec.handler) return spec.handler(req, res)
    if (pathname === '/') return send(req, res, { body: defaultPage(spec.name) }, HTML)
    send(
      req,
      res,
      { status: 404, body: 'not found\n', contentType: 'text/plain; charset=utf-8' },
      ''
    )
  }
}
