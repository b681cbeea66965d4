/**
 * `raw: true` fetches: the body comes back as bytes after its content codings, undecoded, and
 * decodeText gives the same text the plain fetch gives (charset from the header, then <meta>).
 */
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { decodeText } from '../../scanner/net/decode-text.ts'
import { startRange, type Range } from '../range/index.ts'
import { withRangeClient } from './range-client.ts'

const LATIN1 = Buffer.from('/*! caf\xe9 v1.0 */', 'latin1')
let range: Range
beforeAll(async () => {
  range = await startRange([
    {
      name: 'bodies',
      routes: {
        '/gzip.js': {
          body: gzipSync('/*! jQuery v1.12.4 */'),
          headers: { 'content-encoding': 'gzip' },
          contentType: 'text/javascript; charset=utf-8',
        },
        '/latin1.js': { body: LATIN1, contentType: 'text/javascript; charset=iso-8859-1' },
      },
    },
  ])
})
afterAll(() => range?.close())

describe('raw bodies', () => {
  it('returns the bytes after content codings, and no decoded body', () =>
    withRangeClient(async (client) => {
      const url = new URL('/gzip.js', range.site('bodies').url).href
      const raw = await client.fetch(url, { raw: true })
      expect(raw.body).toBeUndefined()
      expect(raw.raw?.toString('utf8')).toBe('/*! jQuery v1.12.4 */')
      expect(raw.bodyBytes).toBeGreaterThan(0)
      const plain = await client.fetch(url)
      expect(plain.raw).toBeUndefined()
      expect(plain.body).toBe('/*! jQuery v1.12.4 */')
    }))

  it('decodes raw bytes by the declared charset exactly as the plain fetch does', () =>
    withRangeClient(async (client) => {
      const url = new URL('/latin1.js', range.site('bodies').url).href
      const raw = await client.fetch(url, { raw: true })
      const plain = await client.fetch(url)
      expect(decodeText(raw.raw!, raw.contentType ?? '')).toBe(plain.body)
      expect(plain.body).toBe('/*! café v1.0 */')
    }))
})

describe('decodeText', () => {
  it('takes the charset from the header, then a <meta>, then UTF-8', () => {
    const bytes = new Uint8Array(Buffer.from('<meta charset="iso-8859-1">\xe9', 'latin1'))
    expect(decodeText(bytes, 'text/html')).toBe('<meta charset="iso-8859-1">é')
    expect(decodeText(Buffer.from('<p>\xe9', 'latin1'), 'text/html')).toBe('<p>\ufffd')
    expect(decodeText(Buffer.from('\xe9', 'latin1'), 'text/plain; charset=latin1')).toBe('é')
    expect(decodeText(Buffer.from('é'), '')).toBe('é')
    expect(decodeText(Buffer.from('x'), 'text/plain; charset=no-such-thing')).toBe('x')
  })
})
