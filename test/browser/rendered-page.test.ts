/**
 * --render loads the page in real Chromium (Debian package). Page JavaScript can only reach what
 * the scanner's own guard allows: a request to a destination outside the policy never arrives.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PAGE_PROBE_PROVIDERS } from '../../scanner/browser/page-probes.ts'
import { collect } from '../../scanner/collect.ts'
import { mainResponseCollector } from '../../scanner/collectors/main-response.ts'
import { renderedPageCollector } from '../../scanner/collectors/rendered-page.ts'
import { makePolicy } from '../../scanner/net/address-policy.ts'
import { parseTarget } from '../../scanner/target.ts'
import { startRange, type Range } from '../range/index.ts'

let range: Range
let forbidden: http.Server
let forbiddenHits = 0

beforeAll(async () => {
  forbidden = http.createServer((_req, res) => {
    forbiddenHits++
    res.end('secret')
  })
  await new Promise<void>((resolve) => forbidden.listen(0, '127.0.0.1', resolve))
  const forbiddenPort = (forbidden.address() as AddressInfo).port
  const page = `<!doctype html><title>Probe &amp; guard</title>
<script>window.fakeLib = { version: '1.12.4' }; window.evil = { version: '<img src=x onerror=alert(1)>' }</script>
<script>fetch('http://127.0.0.1:${forbiddenPort}/secret').catch(() => {}); new Image().src = 'http://127.0.0.1:${forbiddenPort}/pixel'</script>`
  range = await startRange([
    {
      name: 'render',
      tls: { cert: 'valid' },
      routes: { '/': { body: page, contentType: 'text/html' } },
    },
  ])
  PAGE_PROBE_PROVIDERS.push(async () => [
    { id: 'fakeLib', expression: 'window.fakeLib.version' },
    { id: 'evil', expression: 'window.evil.version' },
    { id: 'missing', expression: 'window.nothing.here' },
  ])
})

afterAll(async () => {
  PAGE_PROBE_PROVIDERS.length = 0
  await range?.close()
  await new Promise<void>((resolve) => forbidden.close(() => resolve()))
})

describe('RenderedPage', () => {
  it('renders through the guarded proxy, runs probes safely and blocks what the policy refuses', async () => {
    const site = range.site('render')
    const target = parseTarget(site.url)
    // Loopback is allowed for the range, but only the site's own port: the page's request to
    // another port must be refused by the proxy's guard.
    const policy = makePolicy({ allowPrivate: true, allowedPorts: new Set([site.port]) })
    const collected = await collect(
      target,
      { policy, caFiles: [], timeoutMs: 60_000, render: true },
      { collectors: [mainResponseCollector, renderedPageCollector] }
    )
    expect(collected.errors).toEqual({})
    const page = collected.values.RenderedPage!
    expect(page.title).toBe('Probe & guard')
    // Other areas may register probes too (e.g. Retire.js func checks when v6 data is loaded).
    expect(page.probes).toMatchObject({ fakeLib: '1.12.4', evil: null, missing: null })
    expect(page.blocked.length).toBeGreaterThan(0)
    expect(page.blocked[0]!.reason).toMatch(/Port \d+ is not allowed/)
    expect(forbiddenHits).toBe(0)
  })

  it('is skipped unless rendering was asked for', async () => {
    const target = parseTarget(range.site('render').url)
    const collected = await collect(
      target,
      {
        policy: makePolicy({ allowPrivate: true, allowedPorts: 'any' }),
        caFiles: [],
        timeoutMs: 10_000,
        render: false,
      },
      { collectors: [mainResponseCollector, renderedPageCollector] }
    )
    expect(collected.skipped?.RenderedPage).toMatch(/--render/)
  })
})
