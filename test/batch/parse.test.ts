import { describe, expect, it } from 'vitest'
import { intake } from '../../scanner/batch/intake.ts'
import { parseCsv, parseInputList } from '../../scanner/batch/parse.ts'
import { groupKeyFor, IpLimiter } from '../../scanner/batch/politeness.ts'
import { DEFAULT_SETTINGS } from '../../scanner/batch/scan-job.ts'

describe('batch input parsing', () => {
  it('reads a CSV with a website column, quotes, CRLF and a BOM', () => {
    const text =
      '\uFEFFName,Website,Phone\r\n"Wong, Ltd",wong.com.hk,1\r\n"Say ""hi""",https://hi.hk/,2\r\n\r\nLast,last.hk,3'
    expect(parseInputList(text)).toEqual([
      { row: 1, input: 'wong.com.hk' },
      { row: 2, input: 'https://hi.hk/' },
      { row: 3, input: 'last.hk' },
    ])
    expect(parseCsv('a,"b\nc",d\n')).toEqual([['a', 'b\nc', 'd']])
  })

  it('reads one URL per line and the first column of a headerless CSV', () => {
    expect(parseInputList('a.hk\nb.hk\n')).toEqual([
      { row: 1, input: 'a.hk' },
      { row: 2, input: 'b.hk' },
    ])
    expect(parseInputList('a.hk,Shop A\nb.hk,Shop B').map((r) => r.input)).toEqual(['a.hk', 'b.hk'])
  })

  it('keeps a URL holding , or ; whole in a plain list, and never drops a cell silently', () => {
    const list = 'https://shop.hk/cart;jsessionid=1\nhttps://shop2.hk/?ids=1,2\nshop3.hk\n'
    expect(parseInputList(list).map((r) => r.input)).toEqual([
      'https://shop.hk/cart;jsessionid=1',
      'https://shop2.hk/?ids=1,2',
      'shop3.hk',
    ])
    // Lines that do not split alike are not a table: each stays one input (then reported invalid).
    expect(parseInputList('four.hk,five.hk\nsix.hk').map((r) => r.input)).toEqual([
      'four.hk,five.hk',
      'six.hk',
    ])
  })

  it('finds the URL column on any of the three separators, with or without a header', () => {
    const semicolon = 'Name;Website\r\n"Wong; Ltd";wong.com.hk\r\nLee;https://lee.hk/?a=1,2\r\n'
    expect(parseInputList(semicolon).map((r) => r.input)).toEqual([
      'wong.com.hk',
      'https://lee.hk/?a=1,2',
    ])
    expect(parseInputList('a.hk\tShop A\nb.hk\tShop B\n').map((r) => r.input)).toEqual([
      'a.hk',
      'b.hk',
    ])
    expect(parseInputList('Website\na.hk\nb.hk').map((r) => r.input)).toEqual(['a.hk', 'b.hk'])
    expect(parseInputList('"a.hk","Wong\nLtd"\n"b.hk","Lee"').map((r) => r.input)).toEqual([
      'a.hk',
      'b.hk',
    ])
  })

  it('refuses a quote left open, naming its line, instead of swallowing the rows after it', () => {
    const text = 'a-shop.hk\r\n"b-shop.hk\r\nc-shop.hk\r\nd-shop.hk\r\n'
    expect(() => parseInputList(text)).toThrow(/Line 2 opens a quoted field that is never closed/)
  })

  it('refuses binary and oversized lists as a whole', () => {
    expect(() => parseInputList('PK\u0003\u0004binary')).toThrow(/binary/)
    expect(() => parseInputList('x.hk\n'.repeat(100_001))).toThrow(/at most 100000/)
    expect(parseInputList('x.hk\n'.repeat(100_000))).toHaveLength(100_000)
  })

  it('classifies every row: accepted, duplicate of an earlier row, or invalid with a code', () => {
    const rows = [
      'https://Shop.HK/',
      'shop.hk',
      'https://shop.hk./',
      'javascript:alert(1)',
      'http://10.0.0.1/',
      'https://a.hk:22/',
      'https://u:p@b.hk/',
      'https://www.shop.hk/',
    ]
    const out = intake(
      rows.map((input, i) => ({ row: i + 1, input })),
      DEFAULT_SETTINGS
    )
    expect(out.accepted.map((a) => a.row)).toEqual([1, 8])
    expect(out.duplicates).toEqual([
      { row: 2, input: 'shop.hk', firstRow: 1 },
      { row: 3, input: 'https://shop.hk./', firstRow: 1 },
    ])
    expect(out.invalid.map((x) => [x.row, x.code])).toEqual([
      [4, 'E_TARGET_SCHEME'],
      [5, 'E_PRIVATE_ADDRESS'],
      [6, 'E_PORT_NOT_ALLOWED'],
      [7, 'E_TARGET_CREDENTIALS'],
    ])
    expect(out.accepted.length + out.duplicates.length + out.invalid.length).toBe(rows.length)
  })
})

describe('politeness', () => {
  it('groups by registrable domain, and by address for IP literals', () => {
    expect(groupKeyFor('www.shop.com.hk')).toBe('shop.com.hk')
    expect(groupKeyFor('a.b.gov.hk')).toBe('b.gov.hk')
    expect(groupKeyFor('203.0.113.9')).toBe('203.0.113.9')
  })

  it('caps concurrent scans per resolved IP', async () => {
    const limiter = new IpLimiter(2)
    const r1 = await limiter.acquire('203.0.113.9')
    await limiter.acquire('203.0.113.9')
    let third = false
    const waiting = limiter.acquire('203.0.113.9').then((release) => {
      third = true
      return release
    })
    await new Promise((r) => setTimeout(r, 20))
    expect(third).toBe(false)
    expect(limiter.active('203.0.113.9')).toBe(2)
    r1()
    await waiting
    expect(third).toBe(true)
    expect(limiter.active('203.0.113.9')).toBe(2)
    const aborted = new AbortController()
    const blocked = limiter.acquire('203.0.113.9', aborted.signal)
    aborted.abort()
    await expect(blocked).rejects.toThrow(/Cancelled/)
  })

  it('passes a freed slot to a live waiter, not to one that gave up', async () => {
    const limiter = new IpLimiter(1)
    const release = await limiter.acquire('198.51.100.7')
    const gaveUp = new AbortController()
    const first = limiter.acquire('198.51.100.7', gaveUp.signal)
    let live = false
    const second = limiter.acquire('198.51.100.7').then((r) => ((live = true), r))
    gaveUp.abort()
    await expect(first).rejects.toThrow(/Cancelled/)
    release()
    await new Promise((r) => setTimeout(r, 20))
    expect(live).toBe(true)
    ;(await second)()
    expect(limiter.active('198.51.100.7')).toBe(0)
  })
})
