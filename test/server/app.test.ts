import { mkdtempSync, rmSync } from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../../scanner/server/app.ts'
import { OPENAPI } from '../../scanner/server/openapi.ts'
import { startService } from '../../scanner/server/service.ts'
import { startTestService, type TestService } from './harness.ts'

const REQUIRED_HEADERS: Record<string, RegExp> = {
  'content-security-policy': /default-src 'none'.*frame-ancestors 'none'/,
  'strict-transport-security': /^max-age=63072000; includeSubDomains$/,
  'x-frame-options': /^DENY$/,
  'x-content-type-options': /^nosniff$/,
  'referrer-policy': /^strict-origin-when-cross-origin$/,
  'cross-origin-opener-policy': /^same-origin$/,
  'cross-origin-resource-policy': /^same-origin$/,
  'cross-origin-embedder-policy': /^require-corp$/,
}

describe('the server itself', () => {
  let s: TestService
  beforeAll(async () => {
    s = await startTestService({ rateLimitPerMinute: 30 })
  })
  afterAll(async () => {
    await s?.close()
  })

  it('sends strict security headers on every kind of response', async () => {
    const responses = [
      await s.api('/api/health'),
      await s.api('/api/openapi.json'),
      await s.api('/api/docs'),
      await s.api('/'),
      await s.api('/some/spa/route'),
      await s.api('/api/scans/unknown'),
      await s.api('/api/nope'),
      await s.post('/api/scans', { url: 'javascript:x' }),
      await s.api('/api/scans'),
      await s.api('/assets/%E0%A4%A'), // a malformed %-escape: 400
    ]
    for (const res of responses) {
      for (const [name, pattern] of Object.entries(REQUIRED_HEADERS)) {
        expect(res.headers.get(name), `${res.url} ${name}`).toMatch(pattern)
      }
      expect(res.headers.get('x-powered-by')).toBeNull()
    }
    expect(responses[0]!.headers.get('cache-control')).toBe('no-store')
    expect(responses.at(-1)!.status).toBe(400)
  })

  it('documents every API route in OpenAPI 3.1', () => {
    const app = createApp(s.ctx)
    const documented = new Set(
      Object.entries(OPENAPI.paths).flatMap(([p, ops]) =>
        Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`)
      )
    )
    const routes = app.routes
      .filter((r) => r.path.startsWith('/api/') && !r.path.includes('*') && r.method !== 'ALL')
      .map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, '{$1}').replace(/\/$/, '')}`)
    expect(routes.length).toBeGreaterThan(20)
    for (const route of routes) expect(documented, route).toContain(route)
    for (const op of documented) expect(routes, op).toContain(op)
  })

  it('rate-limits per client with 429, Retry-After and RateLimit headers', async () => {
    let last: Response | undefined
    for (let i = 0; i < 40; i++) {
      last = await s.api('/api/checklist')
      if (last.status === 429) break
    }
    expect(last!.status).toBe(429)
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(last!.headers.get('ratelimit')).toMatch(/limit=30, remaining=0/)
    expect(last!.headers.get('content-type')).toBe('application/problem+json')
  })

  it('refuses to listen beyond loopback without any API token', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'hs-refuse-'))
    try {
      await expect(startService({ host: '0.0.0.0', port: 0, dataDir })).rejects.toThrow(
        /without API tokens/
      )
    } finally {
      rmSync(dataDir, { recursive: true, force: true })
    }
  })
})

describe('local mode against browsers on other sites', () => {
  let s: TestService
  beforeAll(async () => {
    s = await startTestService()
  })
  afterAll(async () => {
    await s?.close()
  })

  const raw = (headers: Record<string, string>, method = 'GET', body?: string) =>
    new Promise<number>((resolve, reject) => {
      const url = new URL('/api/scans', s.url)
      const req = http.request(url, { method, headers }, (res) => {
        res.resume()
        resolve(res.statusCode ?? 0)
      })
      req.on('error', reject)
      req.end(body)
    })

  /** Streams `bytes` of body; the server may answer (and hang up) before it has read them all. */
  const upload = (method: string, headers: Record<string, string>, bytes: number) =>
    new Promise<number>((resolve, reject) => {
      const options = { method, headers, agent: false } // its own connection: the server drops it
      const req = http.request(new URL('/api/scans', s.url), options, (res) => {
        res.resume()
        resolve(res.statusCode ?? 0)
      })
      req.on('error', reject) // after a response, a write error (EPIPE) no longer matters
      const chunk = Buffer.alloc(64 * 1024, 'x')
      let sent = 0
      const pump = () => {
        while (sent < bytes && !req.destroyed) {
          sent += chunk.length
          if (!req.write(chunk)) return void req.once('drain', pump)
        }
        req.end()
      }
      pump()
    })

  it('refuses request bodies over the upload limit, declared or chunked', async () => {
    const host = new URL(s.url).host
    const json = { host, 'content-type': 'application/json' }
    const over = 12 * 1024 * 1024
    expect(await upload('POST', { ...json, 'content-length': String(over) }, over)).toBe(413)
    expect(await upload('POST', { ...json, 'transfer-encoding': 'chunked' }, over)).toBe(413)
  })

  it('refuses a DNS-rebinding Host and cross-site unsafe requests', async () => {
    const host = new URL(s.url).host
    expect(await raw({ host })).toBe(200)
    expect(await raw({ host: `attacker.example:${new URL(s.url).port}` })).toBe(403)
    const form = { host, 'content-type': 'text/plain' }
    expect(await raw({ ...form, origin: 'https://attacker.example' }, 'POST', 'url=x')).toBe(403)
    expect(await raw({ ...form, 'sec-fetch-site': 'cross-site' }, 'POST', 'url=x')).toBe(403)
    expect(
      await raw({ ...form, origin: `http://${host}`, 'sec-fetch-site': 'same-origin' }, 'POST', 'x')
    ).toBe(415)
  })
})
