/**
 * The HTTP client against servers that stall: every deadline holds, and a request given up on
 * (aborted before it starts, or at its deadline) never leaves an unheard error behind to end the
 * process (vitest fails a run on any uncaught exception).
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { withRangeClient } from './range-client.ts'

let server: http.Server
let base = ''
let requests = 0
const drips = new Set<NodeJS.Timeout>()

beforeAll(async () => {
  server = http.createServer((_req, res) => {
    requests++
    // A redirect (or a HEAD answer) whose body never ends: one byte every 100 ms, for 10 s at most.
    res.writeHead(302, { location: '/next', 'content-length': '100' })
    let sent = 0
    const drip = setInterval(() => {
      if (++sent >= 100 || res.destroyed) return void clearInterval(drip)
      res.write('x')
    }, 100)
    drips.add(drip)
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  for (const drip of drips) clearInterval(drip)
  server.closeAllConnections()
  await new Promise((r) => server.close(r))
})

describe('HTTP client deadlines', () => {
  it('refuses at once a request whose signal has already fired, sending nothing', () =>
    withRangeClient(async (client) => {
      const before = requests
      const reason = new Error('scan cancelled')
      await expect(client.fetch(`${base}/`, { signal: AbortSignal.abort(reason) })).rejects.toBe(
        reason
      )
      await new Promise((r) => setTimeout(r, 200)) // room for a late socket error to surface
      expect(requests).toBe(before)
    }))

  it('stops reading a redirect body that drips past the deadline', () =>
    withRangeClient(async (client) => {
      for (const method of ['GET', 'HEAD']) {
        const started = performance.now()
        await client.fetch(`${base}/`, { method, deadlineMs: 500 }).catch(() => undefined)
        expect(performance.now() - started, method).toBeLessThan(1_500)
      }
    }))
})
