import http from 'node:http'
import net from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { get, handshake } from './client.ts'
import { createTestPki } from './pki.ts'
import { startHostileServers } from './hostile.ts'
import type { HostileServer } from './hostile.ts'

let servers: Record<string, HostileServer>

function server(kind: string): HostileServer {
  const found = servers[kind]
  if (!found) throw new Error(`no hostile server ${kind}`)
  return found
}

interface RawResult {
  data: Buffer
  error?: NodeJS.ErrnoException
  ended: boolean
}

/** Sends a GET, collects whatever comes back until the peer closes or `waitMs` passes. */
function raw(target: string | HostileServer, waitMs: number, path = '/'): Promise<RawResult> {
  const port = typeof target === 'string' ? server(target).port : target.port
  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    const socket = net.connect(port, '127.0.0.1')
    const finish = (ended: boolean, error?: NodeJS.ErrnoException) => {
      clearTimeout(timer)
      socket.destroy()
      resolve({ data: Buffer.concat(chunks), ended, ...(error ? { error } : {}) })
    }
    const timer = setTimeout(() => finish(false), waitMs)
    socket.on('connect', () => socket.write(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`))
    socket.on('data', (chunk) => chunks.push(chunk))
    socket.on('error', (error) => finish(true, error))
    socket.on('end', () => finish(true))
  })
}

beforeAll(async () => {
  servers = await startHostileServers(undefined, { maxLifetimeMs: 1000 })
})

afterAll(async () => {
  await Promise.all(Object.values(servers).map((s) => s.close()))
})

describe('hostile servers', () => {
  it('silent accepts TCP and never answers within 500 ms', async () => {
    const before = server('silent').hits()
    const result = await raw('silent', 500)
    expect(result.data.length).toBe(0)
    expect(result.ended).toBe(false)
    expect(server('silent').hits()).toBe(before + 1)
  })

  it('reset resets the connection after the first bytes', async () => {
    const result = await raw('reset', 2000)
    expect(result.error?.code).toBe('ECONNRESET')
  })

  it('garbage answers with random bytes that are not HTTP', async () => {
    const result = await raw('garbage', 300)
    expect(result.data.length).toBeGreaterThan(0)
    expect(result.data.subarray(0, 5).toString('latin1')).not.toBe('HTTP/')
  })

  it('slow-headers sends half a status line and then nothing', async () => {
    const result = await raw('slow-headers', 300)
    expect(result.data.toString()).toBe('HTTP/1.1 200 O')
    expect(result.ended).toBe(false)
  })

  it('slowloris-body drips one byte at a time and stops within its lifetime', async () => {
    // With a 1 s lifetime the body is 4 bytes at 200 ms each.
    const res = await get(server('slowloris-body').url, { deadlineMs: 5000 })
    expect(res.headers['content-length']).toBe('4')
    expect(res.body).toBe('aaaa')
  })

  it('huge-body announces 50 MB and stops when the client leaves', async () => {
    const res = await get(server('huge-body').url, { maxBytes: 256 * 1024 })
    expect(res.headers['content-length']).toBe(String(50 * 1024 * 1024))
    // get() keeps whole chunks up to its cap, then destroys the response.
    expect(res.body.length).toBeGreaterThan(128 * 1024)
    expect(res.body.length).toBeLessThanOrEqual(256 * 1024)
  })

  it('huge-headers sends 64 KB of headers, too many for a default HTTP client', async () => {
    const result = await raw('huge-headers', 2000)
    const headEnd = result.data.indexOf('\r\n\r\n')
    expect(headEnd).toBeGreaterThanOrEqual(64 * 1024)
    await expect(get(server('huge-headers').url)).rejects.toMatchObject({
      code: 'HPE_HEADER_OVERFLOW',
    })
  })

  it('redirect-loop sends / -> /a -> /b -> /a', async () => {
    const hop = async (path: string) =>
      (await get(server('redirect-loop').url.replace(/\/$/, path))).headers.location
    expect(await hop('/')).toBe('/a')
    expect(await hop('/a')).toBe('/b')
    expect(await hop('/b')).toBe('/a')
  })

  it('redirect-endless never repeats a URL', async () => {
    const res = await get(server('redirect-endless').url.replace(/\/$/, '/hop/41'))
    expect([res.status, res.headers.location]).toEqual([302, '/hop/42'])
  })

  it('misbehaves inside a completed TLS handshake when given a certificate', async () => {
    const pki = await createTestPki()
    const own = await startHostileServers(['slow-headers', 'reset'], {
      maxLifetimeMs: 1000,
      tls: pki.leaf('valid'),
    })
    try {
      const slow = own['slow-headers']
      expect(slow?.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/$/)
      const socket = await handshake({ host: '127.0.0.1', port: slow?.port ?? 0, ca: pki.rootPem })
      expect(socket.authorized).toBe(true)
      socket.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n')
      const first = await new Promise<Buffer>((resolve) => socket.once('data', resolve))
      expect(first.toString()).toBe('HTTP/1.1 200 O')
      socket.destroy()
      const reset = await handshake({
        host: '127.0.0.1',
        port: own.reset?.port ?? 0,
        ca: pki.rootPem,
      })
      reset.write('GET / HTTP/1.1\r\n\r\n')
      const error = await new Promise<NodeJS.ErrnoException>((resolve) =>
        reset.once('error', resolve)
      )
      expect(error.code).toBe('ECONNRESET')
    } finally {
      await Promise.all(Object.values(own).map((s) => s.close()))
    }
  })

  it('bounds every connection by its lifetime and closes with connections open', async () => {
    const own = await startHostileServers(['silent', 'slow-headers'], { maxLifetimeMs: 300 })
    const silent = own.silent
    if (!silent) throw new Error('silent missing')
    const cut = await raw(silent, 5000)
    expect(cut.ended).toBe(true) // destroyed by the 300 ms lifetime, long before the 5 s wait
    const held = net.connect(silent.port, '127.0.0.1')
    await new Promise((resolve) => held.once('connect', resolve))
    const closed = new Promise((resolve) => held.once('close', resolve))
    await Promise.all(Object.values(own).map((s) => s.close()))
    await closed
    await expect(
      new Promise((resolve, reject) => http.get(silent.url, resolve).on('error', reject))
    ).rejects.toMatchObject({ code: 'ECONNREFUSED' })
  })
})
