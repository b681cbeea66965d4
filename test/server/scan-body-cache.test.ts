import http from 'node:http'
import { gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { acceptsGzip, BodyCache, matchesEtag } from '../../scanner/server/body-cache.ts'
import { SECURITY_HEADERS } from '../../scanner/server/response-headers.ts'
import { newId } from '../../scanner/store/ids.ts'
import type { Org } from '../../scanner/store/types.ts'
import { startTestService, type TestService } from './harness.ts'

describe('BodyCache', () => {
  it('keys entries by organisation and id', () => {
    const cache = new BodyCache(1_000_000)
    cache.set('org-a', 'scan-1', '{"a":1}')
    expect(cache.get('org-a', 'scan-1')?.body.toString()).toBe('{"a":1}')
    expect(cache.get('org-b', 'scan-1')).toBeUndefined()
  })

  it('stays within its byte budget, evicting the least recently used first', () => {
    const cache = new BodyCache(1_000) // bodies are held as UTF-8: 200 ASCII characters cost 200
    for (const id of ['a', 'b', 'c', 'd', 'e']) cache.set('o', id, 'x'.repeat(200))
    cache.get('o', 'a') // a becomes most recently used
    cache.set('o', 'f', 'x'.repeat(200))
    expect(cache.bytes).toBeLessThanOrEqual(1_000)
    expect(cache.get('o', 'a')).toBeDefined()
    expect(cache.get('o', 'b')).toBeUndefined()
    expect(cache.get('o', 'f')).toBeDefined()
  })

  it('does not let one huge body flush the others', () => {
    const cache = new BodyCache(1_000)
    cache.set('o', 'small', 'x'.repeat(10))
    const big = cache.set('o', 'big', 'y'.repeat(400))
    expect(big.etag).toMatch(/^"[\w-]+"$/)
    expect(cache.get('o', 'big')).toBeUndefined()
    expect(cache.get('o', 'small')).toBeDefined()
  })

  it('reads Accept-Encoding: gzip listed or *, never with q=0', () => {
    expect(acceptsGzip('gzip, deflate, br')).toBe(true)
    expect(acceptsGzip('br;q=1.0, GZIP;q=0.5')).toBe(true)
    expect(acceptsGzip('*')).toBe(true)
    expect(acceptsGzip('gzip;q=0, *')).toBe(false)
    expect(acceptsGzip('br, identity')).toBe(false)
    expect(acceptsGzip('')).toBe(false)
    expect(acceptsGzip(undefined)).toBe(false)
  })

  it('compresses a cached body once and counts it in the budget', () => {
    const cache = new BodyCache(1_000_000)
    const entry = cache.set('o', 'id', JSON.stringify({ text: 'harbour '.repeat(1_000) }))
    const before = cache.bytes
    const gzip = cache.gzipOf('o', 'id', entry)!
    expect(gunzipSync(gzip.body).toString()).toBe(Buffer.from(entry.body).toString())
    expect(gzip.etag).not.toBe(entry.etag)
    expect(cache.bytes).toBe(before + gzip.body.byteLength)
    expect(cache.gzipOf('o', 'id', entry)).toBe(gzip)
    expect(cache.gzipOf('o', 'small', cache.set('o', 'small', '{"a":1}'))).toBeUndefined()
  })

  it('matches If-None-Match lists, weak tags and *', () => {
    expect(matchesEtag('"x", W/"abc"', '"abc"')).toBe(true)
    expect(matchesEtag('*', '"abc"')).toBe(true)
    expect(matchesEtag('"abd"', '"abc"')).toBe(false)
    expect(matchesEtag(undefined, '"abc"')).toBe(false)
  })
})

describe('GET /api/scans/:id of a finished scan', () => {
  let s: TestService
  let a: Org
  let tokenA: string
  let tokenB: string

  /** A scan finished through the same store calls a worker uses. */
  async function finishedScan(org: Org, marker: string): Promise<string> {
    const id = newId()
    await s.ctx.store.insertScans(org.id, [
      { id, input: 'https://a.example/', url: 'https://a.example/', host: 'a.example' },
    ])
    await s.ctx.store.markRunning(id, 1)
    await s.ctx.store.finishScan(id, 1, {
      result: { marker },
      artifacts: {},
      grades: undefined,
    } as never)
    return id
  }

  beforeAll(async () => {
    s = await startTestService({ concurrency: 0 })
    a = await s.ctx.store.createOrg('org-a')
    await s.ctx.store.createOrg('org-b')
    tokenA = (await s.ctx.store.createToken('org-a')).token
    tokenB = (await s.ctx.store.createToken('org-b')).token
  })
  afterAll(async () => {
    await s?.close()
  })

  it('serves a cached body only to its own organisation', async () => {
    const id = await finishedScan(a, 'secret-of-a')
    const first = await s.api(`/api/scans/${id}`, { token: tokenA })
    expect(first.status).toBe(200)
    expect((await first.json()).result).toEqual({ marker: 'secret-of-a' })
    expect(s.ctx.bodies.get(a.id, id)).toBeDefined() // now cached
    const other = await s.api(`/api/scans/${id}`, { token: tokenB })
    expect(other.status).toBe(404)
    expect(await other.text()).not.toContain('secret-of-a')
    const again = await s.api(`/api/scans/${id}`, { token: tokenA })
    expect((await again.json()).result).toEqual({ marker: 'secret-of-a' })
  })

  it('answers a matching If-None-Match with 304 and no body', async () => {
    const id = await finishedScan(a, 'etag')
    const first = await s.api(`/api/scans/${id}`, { token: tokenA })
    const etag = first.headers.get('etag')
    expect(etag).toMatch(/^"[\w-]+"$/)
    const body = await first.text()
    const cached = await s.api(`/api/scans/${id}`, {
      token: tokenA,
      headers: { 'if-none-match': etag! },
    })
    expect(cached.status).toBe(304)
    expect(cached.headers.get('etag')).toBe(etag)
    expect(await cached.text()).toBe('')
    const stale = await s.api(`/api/scans/${id}`, {
      token: tokenA,
      headers: { 'if-none-match': '"stale"' },
    })
    expect(stale.status).toBe(200)
    expect(await stale.text()).toBe(body)
    // Another organisation's 304 probe learns nothing either.
    const probe = await s.api(`/api/scans/${id}`, {
      token: tokenB,
      headers: { 'if-none-match': etag! },
    })
    expect(probe.status).toBe(404)
  })

  /** Raw GET, so the test sees the bytes and headers as sent (fetch would decompress). */
  const rawGet = (pathname: string, headers: Record<string, string>) =>
    new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>(
      (resolve, reject) => {
        const req = http.get(new URL(pathname, s.url), { headers }, (res) => {
          const chunks: Buffer[] = []
          res.on('data', (d: Buffer) => chunks.push(d))
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              headers: res.headers,
              body: Buffer.concat(chunks),
            })
          )
        })
        req.on('error', reject)
      }
    )

  it('sends gzip to clients that accept it, with its own ETag and Vary', async () => {
    const id = await finishedScan(a, 'x'.repeat(5_000))
    const auth = { authorization: `Bearer ${tokenA}` }
    const plain = await rawGet(`/api/scans/${id}`, auth)
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.headers.vary).toBe('accept-encoding')
    const gz = await rawGet(`/api/scans/${id}`, { ...auth, 'accept-encoding': 'gzip, br' })
    expect(gz.status).toBe(200)
    expect(gz.headers['content-encoding']).toBe('gzip')
    expect(gz.headers.vary).toBe('accept-encoding')
    expect(gz.body.length).toBeLessThan(plain.body.length / 4)
    expect(gunzipSync(gz.body).toString()).toBe(plain.body.toString())
    expect(gz.headers.etag).not.toBe(plain.headers.etag)
    const refused = await rawGet(`/api/scans/${id}`, { ...auth, 'accept-encoding': 'gzip;q=0' })
    expect(refused.headers['content-encoding']).toBeUndefined()
    const revalidated = await rawGet(`/api/scans/${id}`, {
      ...auth,
      'accept-encoding': 'gzip',
      'if-none-match': gz.headers.etag!,
    })
    expect(revalidated.status).toBe(304)
    expect(revalidated.headers.etag).toBe(gz.headers.etag)
    // The identity ETag does not validate the gzip representation, nor the other way round.
    const mismatch = await rawGet(`/api/scans/${id}`, {
      ...auth,
      'if-none-match': gz.headers.etag!,
    })
    expect(mismatch.status).toBe(200)
  })

  it('sends every security, cache and rate-limit header on its fast path too', async () => {
    const id = await finishedScan(a, 'headers')
    const auth = { authorization: `Bearer ${tokenA}` }
    const first = await rawGet(`/api/scans/${id}`, auth) // read from the store, then cached
    const cached = await rawGet(`/api/scans/${id}`, auth)
    const notModified = await rawGet(`/api/scans/${id}`, {
      ...auth,
      'if-none-match': String(cached.headers.etag),
    })
    const other = await rawGet('/api/scans?limit=1', auth) // an ordinary route, for comparison
    expect([first.status, cached.status, notModified.status]).toEqual([200, 200, 304])
    for (const res of [first, cached, notModified, other]) {
      for (const [name, value] of Object.entries(SECURITY_HEADERS))
        expect(res.headers[name], name).toBe(value)
      expect(res.headers['cache-control']).toBe('no-store')
      expect(res.headers['ratelimit-policy']).toMatch(/^\d+;w=60$/)
      expect(res.headers.ratelimit).toMatch(/^limit=\d+, remaining=\d+, reset=\d+$/)
      expect(res.headers['x-powered-by']).toBeUndefined()
    }
    expect(cached.headers['content-length']).toBe(String(cached.body.length))
  })

  it('never caches a scan that can still change', async () => {
    const id = newId()
    await s.ctx.store.insertScans(a.id, [
      { id, input: 'https://b.example/', url: 'https://b.example/', host: 'b.example' },
    ])
    const queued = await s.api(`/api/scans/${id}`, { token: tokenA })
    expect((await queued.json()).status).toBe('queued')
    expect(queued.headers.get('etag')).toBeNull()
    expect(s.ctx.bodies.get(a.id, id)).toBeUndefined()
    await s.ctx.store.markRunning(id, 1)
    await s.ctx.store.finishScan(id, 1, { result: { marker: 'late' }, artifacts: {} } as never)
    const done = await (await s.api(`/api/scans/${id}`, { token: tokenA })).json()
    expect(done.status).toBe('done')
    expect(done.result).toEqual({ marker: 'late' })
  })
})
