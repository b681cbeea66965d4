import { existsSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import type { Context } from 'hono'
import { PROJECT_ROOT } from '../paths.ts'
import { HttpProblem } from './problem.ts'

const WEB_DIST = `${path.join(PROJECT_ROOT, 'web', 'dist')}${path.sep}`
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
}

const PLACEHOLDER = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>HarbourScan</title></head>
<body><main><h1>HarbourScan</h1><p>The server is running. The web interface has not been built yet: run <code>npm run build</code>. The API is documented at <a href="/api/docs">/api/docs</a>.</p></main></body></html>`

/** A malformed %-escape is the client's mistake: 400, not a 500 from decodeURIComponent. */
function decodePath(pathname: string): string {
  try {
    return decodeURIComponent(pathname)
  } catch {
    throw new HttpProblem(400, 'E_BAD_PATH', 'The path has a malformed %-escape')
  }
}

/** The built front end; unknown non-API paths get index.html (SPA routing). */
export function serveWeb(c: Context, root = WEB_DIST): Response {
  const rel = decodePath(new URL(c.req.url).pathname)
  const file = path.resolve(root, `.${rel}`)
  if (file.startsWith(root) && rel !== '/' && existsSync(file) && statSync(file).isFile()) {
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream'
    const immutable = rel.startsWith('/assets/')
    return c.body(readFileSync(file), 200, {
      'content-type': type,
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    })
  }
  const index = path.join(root, 'index.html')
  return c.html(existsSync(index) ? readFileSync(index, 'utf8') : PLACEHOLDER, 200, {
    'cache-control': 'no-cache',
  })
}
