import net from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { get } from './client.ts'
import { startRange } from './index.ts'
import type { Range } from './index.ts'
import { presetSites } from './sites.ts'

let range: Range

beforeAll(async () => {
  range = await startRange([
    ...presetSites(['clean', 'http-only', 'leaky']),
    {
      name: 'custom',
      headers: { 'x-site': 'custom' },
      routes: {
        '/teapot': { status: 418, body: 'short and stout', contentType: 'text/plain' },
        '/cookies': { headers: { 'set-cookie': ['a=1', 'b=2; Secure'] }, body: '<p>hi</p>' },
      },
      files: { '/js/lib.js': 'window.lib = 1\n' },
      handler: (req, res) => {
        if (req.url !== '/raw') return void res.writeHead(404).end()
        res.writeHead(200, { 'content-type': 'text/plain' }).end('raw handler')
      },
    },
    { name: 'redirect-308', tls: {}, httpRedirect: { status: 308 } },
  ])
})

afterAll(() => range.close())

describe('range sites', () => {
  it('binds every site to 127.0.0.1 with its own port', () => {
    const ports = new Set(Object.values(range.sites).map((s) => s.port))
    expect(ports.size).toBe(Object.keys(range.sites).length)
    expect(range.site('clean').url).toBe(`https://127.0.0.1:${range.site('clean').port}/`)
    expect(range.site('clean').origin).toBe(`https://127.0.0.1:${range.site('clean').port}`)
    expect(range.site('http-only').url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/)
    expect(() => range.site('nope')).toThrow(/no range site/)
  })

  it('serves clean over trusted TLS with HSTS and the security headers', async () => {
    const res = await get(range.site('clean').url, { ca: range.pki.rootPem })
    expect(res.status).toBe(200)
    expect(res.headers['strict-transport-security']).toBe('max-age=63072000; includeSubDomains')
    expect(res.headers['content-security-policy']).toBe("default-src 'self'")
    expect(res.headers['x-content-type-options']).toBe('nosniff')
    expect(res.headers['x-frame-options']).toBe('DENY')
    expect(res.headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
    expect(res.body).toContain('<title>clean</title>')
  })

  it('redirects the HTTP companion to the HTTPS site with 301, keeping the path', async () => {
    const clean = range.site('clean')
    const res = await get(`${clean.httpUrl}some/path?q=1`)
    expect(res.status).toBe(301)
    expect(res.headers.location).toBe(`${clean.url}some/path?q=1`)
    const custom = await get(range.site('redirect-308').httpUrl ?? '')
    expect(custom.status).toBe(308)
    expect(custom.headers.location).toBe(range.site('redirect-308').url)
  })

  it('serves http-only without TLS, redirect or HSTS', async () => {
    const site = range.site('http-only')
    expect(site.httpUrl).toBeUndefined()
    const res = await get(site.url)
    expect(res.status).toBe(200)
    expect(res.headers['strict-transport-security']).toBeUndefined()
  })

  it('serves routes, files, the raw handler, 404s and site headers', async () => {
    const base = range.site('custom').url
    const teapot = await get(`${base}teapot`)
    expect([teapot.status, teapot.body, teapot.headers['content-type']]).toEqual([
      418,
      'short and stout',
      'text/plain',
    ])
    expect((await get(`${base}cookies`)).headers['set-cookie']).toEqual(['a=1', 'b=2; Secure'])
    const file = await get(`${base}js/lib.js`)
    expect([file.body, file.headers['content-type']]).toEqual([
      'window.lib = 1\n',
      'text/javascript; charset=utf-8',
    ])
    expect((await get(`${base}raw`)).body).toBe('raw handler')
    const missing = await get(`${base}missing`)
    expect(missing.status).toBe(404)
    expect(missing.headers['x-site']).toBe('custom')
  })

  it('serves leaky with version headers, an insecure cookie and an old jQuery banner', async () => {
    const base = range.site('leaky').url
    const page = await get(base, { ca: range.pki.rootPem })
    expect(page.headers['x-powered-by']).toBe('PHP/5.6.40')
    expect(page.headers['set-cookie']).toEqual(['PHPSESSID=3f2a9c0d1e; path=/'])
    expect(page.headers['strict-transport-security']).toBeUndefined()
    expect(page.body).toContain('src="/js/jquery-1.8.3.min.js"')
    const lib = await get(`${base}js/jquery-1.8.3.min.js`, { ca: range.pki.rootPem })
    expect(lib.body).toMatch(/^\/\*! jQuery v1\.8\.3 /)
  })
})

describe('range lifecycle', () => {
  it('closes while a client holds a connection open, and stops listening', async () => {
    const own = await startRange([{ name: 'one', tls: {} }, { name: 'two' }])
    const held = net.connect(own.site('one').port, '127.0.0.1')
    await new Promise((resolve) => held.once('connect', resolve))
    const heldClosed = new Promise((resolve) => held.once('close', resolve))
    await own.close()
    await heldClosed
    await expect(get(own.site('two').url)).rejects.toMatchObject({ code: 'ECONNREFUSED' })
    await own.close() // idempotent
  })

  it('rejects duplicate site names and httpRedirect without TLS', async () => {
    await expect(startRange([{ name: 'a' }, { name: 'a' }])).rejects.toThrow(/unique/)
    await expect(startRange([{ name: 'a', httpRedirect: true }])).rejects.toThrow(/needs tls/)
  })
})
