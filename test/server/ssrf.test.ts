import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readSse, startTestService, type TestService } from './harness.ts'

/**
 * The SSRF matrix (security.md §1.8): the server runs with allowPrivate off; 127.0.0.1 plays a
 * public site through the policy's test-only isPublic predicate; 127.0.0.2 on the SAME port is the
 * private listener, so a refusal can only come from the address check. It must see 0 requests.
 */
describe('SSRF guard through the API', () => {
  let s: TestService
  let publicServer: http.Server
  let privateServer: http.Server
  let port: number
  let privateHits = 0
  const publicHits: string[] = []

  beforeAll(async () => {
    publicServer = http.createServer((req, res) => {
      publicHits.push(req.url ?? '')
      const to: Record<string, string> = {
        '/to-private': `http://127.0.0.2:${port}/`,
        '/to-mapped': `http://[::ffff:127.0.0.2]:${port}/`,
        '/to-decimal': `http://2130706434:${port}/`,
        '/to-localhost': `http://localhost:${port}/`,
        '/to-metadata': 'http://169.254.169.254/latest/meta-data/',
        '/to-file': 'file:///etc/passwd',
      }
      const location = to[req.url ?? '']
      if (location) res.writeHead(302, { location, 'content-length': 0 }).end()
      else res.writeHead(200, { 'content-type': 'text/html' }).end('<title>public</title>')
    })
    await new Promise<void>((r) => publicServer.listen(0, '127.0.0.1', r))
    port = (publicServer.address() as AddressInfo).port
    privateServer = http.createServer((_req, res) => {
      privateHits += 1
      res.end('secret')
    })
    privateServer.on('connection', () => (privateHits += 1))
    await new Promise<void>((r) => privateServer.listen(port, '127.0.0.2', r))
    s = await startTestService({
      settings: {
        allowPrivate: false,
        isPublic: (ip) => ip === '127.0.0.1',
        extraPorts: [port],
        caFiles: [],
        timeoutMs: 5_000,
      },
    })
  })
  afterAll(async () => {
    await s?.close()
    publicServer?.closeAllConnections()
    privateServer?.closeAllConnections()
    await new Promise((r) => publicServer?.close(r))
    await new Promise((r) => privateServer?.close(r))
  })

  it('refuses private targets in every spelling before storing anything', async () => {
    const cases: [string, string][] = [
      [`http://127.0.0.2:${port}/`, 'E_PRIVATE_ADDRESS'],
      [`http://2130706434:${port}/`, 'E_PRIVATE_ADDRESS'],
      [`http://0177.0.0.2:${port}/`, 'E_PRIVATE_ADDRESS'],
      [`http://0x7f000002:${port}/`, 'E_PRIVATE_ADDRESS'],
      [`http://0x7f.0.0.2:${port}/`, 'E_PRIVATE_ADDRESS'],
      [`http://[::ffff:127.0.0.2]:${port}/`, 'E_PRIVATE_ADDRESS'],
      [`http://[::1]:${port}/`, 'E_PRIVATE_ADDRESS'],
      [`http://localhost:${port}/`, 'E_PRIVATE_ADDRESS'],
      [`http://app.localhost:${port}/`, 'E_PRIVATE_ADDRESS'],
      ['http://169.254.169.254/latest/meta-data/', 'E_PRIVATE_ADDRESS'],
      ['http://[fd00:ec2::254]/', 'E_PRIVATE_ADDRESS'],
      ['http://100.100.100.200/', 'E_PRIVATE_ADDRESS'],
      ['file:///etc/passwd', 'E_TARGET_SCHEME'],
      ['gopher://127.0.0.2:70/', 'E_TARGET_SCHEME'],
      ['data:text/html,hi', 'E_TARGET_SCHEME'],
      [`http://127.0.0.1:22/`, 'E_PORT_NOT_ALLOWED'],
      [`http://127.0.0.1:6379/`, 'E_PORT_NOT_ALLOWED'],
    ]
    for (const [url, code] of cases) {
      const res = await s.post('/api/scans', {
        url,
        allowPrivate: true,
        resolve: [`x:${port}:127.0.0.2`],
      })
      expect(res.status, url).toBe(400)
      expect((await res.json()).code, url).toBe(code)
    }
    expect((await s.json('/api/scans')).items).toEqual([])
    const batch = await (await s.post('/api/batches', { urls: cases.map(([u]) => u) })).json()
    expect(batch.accepted, 'batch rows are checked the same way').toBe(0)
    expect(privateHits).toBe(0)
  })

  it('re-checks every redirect hop: the private listener is never reached', async () => {
    const expected: Record<string, string> = {
      '/to-private': 'refused-destination',
      '/to-mapped': 'refused-destination',
      '/to-decimal': 'refused-destination',
      '/to-localhost': 'refused-destination',
      '/to-metadata': 'refused-destination',
      '/to-file': 'invalid-location',
    }
    const paths = Object.keys(expected)
    for (const p of paths) {
      const res = await s.post('/api/scans', { url: `http://127.0.0.1:${port}${p}` })
      expect(res.status, p).toBe(202)
      const { id } = await res.json()
      const events = await readSse(s, `/api/scans/${id}/events`)
      expect(['done', 'failed']).toContain(events.at(-1)?.data.status)
      const artifacts = await s.json(`/api/scans/${id}/artifacts`)
      expect(artifacts.values.RedirectChain.stoppedBecause, p).toBe(expected[p])
    }
    for (const p of paths) expect(publicHits, 'the allowed server stays reachable').toContain(p)
    expect(privateHits).toBe(0)
  })
})
