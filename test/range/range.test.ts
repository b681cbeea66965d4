import { X509Certificate } from 'node:crypto'
import net from 'node:net'
import tls from 'node:tls'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { get, handshake } from './client.ts'
import { startRange } from './index.ts'
import type { Range } from './index.ts'
import { presetSites } from './sites.ts'

let range: Range
const LEVEL0 = 'ALL:@SECLEVEL=0'

beforeAll(async () => {
  const presets = presetSites([
    'clean',
    'http-only',
    'expired',
    'wrong-name',
    'self-signed',
    'incomplete-chain',
    'sha1',
    'weak-key',
    'dual-cert',
    'weak',
    'leaky',
  ])
  range = await startRange([
    ...presets,
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
    { name: 'staple', tls: { ocspResponse: Buffer.from('fake-ocsp-response') } },
    { name: 'redirect-308', tls: {}, httpRedirect: { status: 308 } },
  ])
})

afterAll(() => range.close())

function tlsOptions(name: string, extra: tls.ConnectionOptions = {}): tls.ConnectionOptions {
  return { host: '127.0.0.1', port: range.site(name).port, ca: range.pki.rootPem, ...extra }
}

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

  it('makes weak accept a TLSv1 handshake and a 1024-bit DH group', async () => {
    const v1 = await handshake(
      tlsOptions('weak', { minVersion: 'TLSv1', maxVersion: 'TLSv1', ciphers: LEVEL0 })
    )
    expect(v1.getProtocol()).toBe('TLSv1')
    v1.destroy()
    const dhe = await handshake(
      tlsOptions('weak', {
        maxVersion: 'TLSv1.2',
        ciphers: 'DHE-RSA-AES128-GCM-SHA256:@SECLEVEL=0',
      })
    )
    expect(dhe.getEphemeralKeyInfo()).toMatchObject({ type: 'DH', size: 1024 })
    dhe.destroy()
  })

  it('makes weak accept anonymous key exchange (no certificate at all)', async () => {
    const anon = await handshake(
      tlsOptions('weak', {
        maxVersion: 'TLSv1.2',
        ciphers: 'aNULL:@SECLEVEL=0',
        rejectUnauthorized: false,
      })
    )
    expect(anon.getCipher().name).toMatch(/^A(EC)?DH-/)
    expect(anon.getPeerCertificate().raw).toBeUndefined()
    anon.destroy()
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

  it('refuses TLSv1 on clean', async () => {
    await expect(
      handshake(tlsOptions('clean', { minVersion: 'TLSv1', maxVersion: 'TLSv1', ciphers: LEVEL0 }))
    ).rejects.toThrow()
  })

  it('shows each broken certificate to a client that trusts the test root', async () => {
    const cases: Array<[string, string]> = [
      ['expired', 'CERT_HAS_EXPIRED'],
      ['self-signed', 'DEPTH_ZERO_SELF_SIGNED_CERT'],
      ['incomplete-chain', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE'],
    ]
    for (const [name, code] of cases) {
      const socket = await handshake(tlsOptions(name, { rejectUnauthorized: false }))
      expect(socket.authorizationError, name).toBe(code)
      socket.destroy()
    }
    const wrong = await handshake(tlsOptions('wrong-name', { rejectUnauthorized: false }))
    // The chain verifies; only the name check fails (Node runs it after chain verification).
    expect(wrong.authorizationError).toBe('ERR_TLS_CERT_ALTNAME_INVALID')
    const identity = tls.checkServerIdentity('127.0.0.1', wrong.getPeerCertificate())
    expect(identity?.message).toMatch(/IP: 127\.0\.0\.1 is not in the cert's list/)
    wrong.destroy()
  })

  it('points the incomplete chain at the intermediate through AIA CA Issuers', async () => {
    const socket = await handshake(tlsOptions('incomplete-chain', { rejectUnauthorized: false }))
    const leaf = socket.getPeerX509Certificate()
    socket.destroy()
    expect(range.aiaUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/intermediate\.der$/)
    expect(leaf?.infoAccess?.trim()).toBe(`CA Issuers - URI:${range.aiaUrl}`)
    const fetched = await fetch(range.aiaUrl ?? '', { signal: AbortSignal.timeout(5000) })
    expect(fetched.headers.get('content-type')).toBe('application/pkix-cert')
    const intermediate = new X509Certificate(Buffer.from(await fetched.arrayBuffer()))
    expect(intermediate.raw.equals(new X509Certificate(range.pki.intermediatePem).raw)).toBe(true)
    expect(leaf?.checkIssued(intermediate)).toBe(true)
  })

  it('really serves the RSA-1024 and SHA-1 leaves (seen at security level 0)', async () => {
    const weakKey = await handshake(tlsOptions('weak-key', { ciphers: LEVEL0 }))
    expect(weakKey.getPeerCertificate().bits).toBe(1024)
    weakKey.destroy()
    const sha1 = await handshake(tlsOptions('sha1', { ciphers: LEVEL0 }))
    expect(sha1.authorized).toBe(true)
    const raw = sha1.getPeerX509Certificate()?.raw ?? Buffer.alloc(0)
    expect(raw.includes(Buffer.from('06092a864886f70d010105', 'hex'))).toBe(true)
    sha1.destroy()
  })

  it('serves both chains of the dual-cert site', async () => {
    const opts = { maxVersion: 'TLSv1.2' } as const
    const ecdsa = await handshake(tlsOptions('dual-cert', { ...opts, ciphers: 'aECDSA' }))
    expect(ecdsa.getPeerCertificate().asn1Curve).toBe('prime256v1')
    ecdsa.destroy()
    const rsa = await handshake(tlsOptions('dual-cert', { ...opts, ciphers: 'aRSA' }))
    expect(rsa.getPeerCertificate().bits).toBe(2048)
    rsa.destroy()
  })

  it('staples the configured OCSP response', async () => {
    const socket = tls.connect(tlsOptions('staple', { requestOCSP: true }))
    const staple = await new Promise<Buffer>((resolve, reject) => {
      socket.once('OCSPResponse', resolve)
      socket.once('error', reject)
    })
    expect(staple.toString()).toBe('fake-ocsp-response')
    socket.destroy()
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
