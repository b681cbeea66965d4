import { existsSync, readFileSync } from 'node:fs'
import { Hono } from 'hono'
import { secureHeaders } from 'hono/secure-headers'
import { SCANNER_VERSION } from '../version.ts'

const WEB_DIST = new URL('../../web/dist/', import.meta.url)

/** The HTTP app: API under /api, the built web front end everywhere else. */
export function createApp(): Hono {
  const app = new Hono()
  app.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        baseUri: ["'none'"],
        objectSrc: ["'none'"],
      },
      strictTransportSecurity: 'max-age=63072000; includeSubDomains',
      referrerPolicy: 'no-referrer',
      xFrameOptions: 'DENY',
    })
  )
  app.get('/api/health', (c) => c.json({ status: 'ok', version: SCANNER_VERSION }))
  app.get('/', (c) => c.html(indexHtml()))
  return app
}

function indexHtml(): string {
  const built = new URL('index.html', WEB_DIST)
  if (existsSync(built)) return readFileSync(built, 'utf8')
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>HarbourScan</title></head>
<body><main><h1>HarbourScan</h1><p>The server is running. The web interface has not been built yet: run <code>npm run build</code>.</p></main></body></html>`
}
