/**
 * Hostile targets for the web collectors and grade: each scan ends within its deadline, keeps
 * what it could read, and says what it could not check (errors, limits, a null grade).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { collect } from '../../scanner/collect.ts'
import { scan, scanOptionsFor } from '../../scanner/scan.ts'
import { parseTarget } from '../../scanner/target.ts'
import { evaluate } from '../../rules/engine.ts'
import { startRange, type Range } from '../range/index.ts'
import { startHostileServers, type HostileServer } from '../range/hostile.ts'

const OPTS = { allowPrivate: true, anyPort: true, timeoutMs: 30_000 }
let range: Range
let hostile: Record<string, HostileServer>

beforeAll(async () => {
  const cp1252 = Buffer.concat([
    Buffer.from('<!doctype html><title>Caf'),
    Buffer.from([0xe9]),
    Buffer.from('</title>'),
  ])
  const sjis = Buffer.from([
    0x3c, 0x74, 0x69, 0x74, 0x6c, 0x65, 0x3e, 0x93, 0xfa, 0x96, 0x7b, 0x3c, 0x2f, 0x74, 0x69, 0x74,
    0x6c, 0x65, 0x3e,
  ])
  range = await startRange([
    {
      name: 'odd',
      routes: {
        '/cp1252': { body: cp1252, contentType: 'text/html; charset=windows-1252' },
        '/sjis': {
          body: Buffer.concat([Buffer.from('<meta charset="shift_jis">'), sjis]),
          contentType: 'text/html',
        },
        '/deep': { body: `${'<div>'.repeat(20_000)}x${'</div>'.repeat(20_000)}` },
        '/scripts': { body: '<script src="https://cdn.example.net/x.js"></script>'.repeat(10_000) },
        '/dup': {
          body: '<p>hi</p>',
          headers: {
            'strict-transport-security': ['max-age=31536000', 'max-age=0'],
            'x-frame-options': ['DENY', 'SAMEORIGIN'],
            'content-security-policy': ["default-src 'self'", "script-src 'self'"],
          },
        },
        '/to-private': { status: 302, headers: { location: 'http://10.1.2.3/admin' } },
        '/to-ftp': { status: 302, headers: { location: 'ftp://example.com/file' } },
        '/not-a-url': { status: 301, headers: { location: 'http://[::1' } },
      },
    },
  ])
  hostile = await startHostileServers(['redirect-loop', 'huge-headers', 'huge-body'])
}, 60_000)
afterAll(async () => {
  await range?.close()
  await Promise.all(Object.values(hostile ?? {}).map((h) => h.close()))
})

const url = (path: string) => `${range.site('odd').url.replace(/\/$/, '')}${path}`

describe('hostile web targets', () => {
  it('decodes windows-1252 and Shift_JIS pages by their declared charset', async () => {
    const a = (await scan(url('/cp1252'), OPTS)).collected.values.HtmlDocument
    expect(a?.title).toBe('Café')
    expect(a?.charset).toBe('windows-1252')
    const b = (await scan(url('/sjis'), OPTS)).collected.values.HtmlDocument
    expect(b?.title).toBe('日本')
  }, 40_000)

  it('parses 20,000-deep HTML and reports the depth cap', async () => {
    const { collected, result } = await scan(url('/deep'), OPTS)
    expect(collected.values.HtmlDocument?.limits).toContain('depth')
    expect(result.grades.web.letter).not.toBeNull()
    expect(result.grades.web.reasons.join(' ')).toContain('limits reached: depth')
  }, 40_000)

  it('caps 10,000 script tags and still judges SRI', async () => {
    const { collected, result } = await scan(url('/scripts'), OPTS)
    expect(collected.values.HtmlDocument?.scriptCount).toBe(10_000)
    expect(collected.values.HtmlDocument?.limits).toContain('scripts')
    const sri = result.rules.find((r) => r.ruleId === 'sri-missing')
    expect(sri?.status).toBe('fail')
  }, 40_000)

  it('judges duplicated headers as browsers and the Observatory do', async () => {
    const { result } = await scan(url('/dup'), OPTS)
    const details = result.grades.web.details as { tests: Record<string, { result: string }> }
    expect(details.tests['x-frame-options']?.result).toBe('x-frame-options-header-invalid')
    expect(result.rules.find((r) => r.ruleId === 'x-frame-options-missing')?.status).toBe('pass')
  }, 40_000)

  it('refuses a redirect to another scheme and a Location that is not a URL', async () => {
    for (const path of ['/to-ftp', '/not-a-url']) {
      const { collected, result } = await scan(url(path), OPTS)
      expect(collected.values.RedirectChain?.stoppedBecause).toBe('invalid-location')
      expect(collected.errors.MainResponse?.code).toBe('E_NO_FINAL_RESPONSE')
      expect(result.grades.web.letter).toBeNull()
      expect(result.rules.find((r) => r.ruleId === 'csp-missing')?.status).toBe('error')
    }
  }, 40_000)

  it('refuses a redirect to a private address and reports it', async () => {
    // Only 127.0.0.1 counts as public here, so the range is reachable and 10.1.2.3 is not.
    const target = parseTarget(url('/to-private'))
    const options = scanOptionsFor(target, { anyPort: true })
    const collected = await collect(target, {
      ...options,
      policy: { ...options.policy, isPublic: (ip) => ip === '127.0.0.1' },
    })
    expect(collected.values.RedirectChain?.stoppedBecause).toBe('refused-destination')
    expect(collected.values.RedirectChain?.stopDetail).toContain('10.1.2.3')
    const result = evaluate(collected)
    expect(result.grades.web.letter).toBeNull()
    expect(result.rules.find((r) => r.ruleId === 'https-redirect-missing')?.status).toBe('fail')
  }, 40_000)

  it('stops a redirect loop and reports it', async () => {
    const { collected, result } = await scan(`${hostile['redirect-loop']?.url}a`, OPTS)
    expect(collected.values.RedirectChain?.stoppedBecause).toBe('loop')
    expect(result.grades.web.reasons.join(' ')).toMatch(/loop/i)
  }, 40_000)

  it('keeps the first 5 MB of a 50 MB page and marks it truncated', async () => {
    const { collected } = await scan(hostile['huge-body']?.url ?? '', OPTS)
    expect(collected.values.MainResponse?.bodyTruncated).toBe(true)
    expect(collected.values.HtmlDocument?.limits).toContain('body-truncated')
  }, 40_000)

  it('reports 64 KB of headers as an error, never a grade', async () => {
    const { collected, result } = await scan(hostile['huge-headers']?.url ?? '', OPTS)
    expect(collected.values.MainResponse).toBeUndefined()
    expect(result.grades.web.letter).toBeNull()
  }, 40_000)
})
