/**
 * The scan's HTTP client resumes an origin's TLS session on its later connections, as a browser
 * does, so the server skips its certificate signature; it never carries a session across clients.
 */
import type { TLSSocket } from 'node:tls'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startRange, type Range } from '../range/index.ts'
import { withRangeClient } from './range-client.ts'

let range: Range
beforeAll(async () => {
  range = await startRange([
    {
      name: 'resume',
      tls: {},
      handler: (req, res) => {
        // Slow enough that concurrent requests need connections of their own.
        setTimeout(() => {
          res.writeHead(200, { 'content-type': 'text/plain' })
          const socket = req.socket as TLSSocket
          res.end(`${socket.remotePort} ${socket.isSessionReused() ? 'resumed' : 'full'}`)
        }, 50)
      },
    },
  ])
})
afterAll(() => range?.close())

describe('TLS session resumption in the HTTP client', () => {
  it('opens later connections to the origin with the first one’s session', () =>
    withRangeClient(async (client) => {
      const url = range.site('resume').url
      const [firstPort, first] = (await client.fetch(url)).body!.split(' ')
      expect(first).toBe('full')
      const later = await Promise.all([1, 2, 3].map((i) => client.fetch(`${url}?n=${i}`)))
      // One request may reuse the kept-alive first connection; every new one resumes.
      const fresh = later.map((r) => r.body!.split(' ')).filter(([port]) => port !== firstPort)
      expect(fresh.length).toBeGreaterThanOrEqual(2)
      expect(fresh.map(([, how]) => how)).toEqual(fresh.map(() => 'resumed'))
    }))

  it('starts every client with a full handshake', async () => {
    const url = range.site('resume').url
    for (let i = 0; i < 2; i++)
      await withRangeClient(async (client) => {
        expect((await client.fetch(url)).body).toMatch(/ full$/)
      })
  })
})
