/**
 * Library detection end to end: real library files from npm served by the loopback range under
 * original, CDN-like, renamed, banner-less and ?ver= paths, scanned with the data beside the project
 * (../shared/data, Retire.js fd8df0d and endoflife.date), judged by the software rules.
 */
import { mkdtempSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import type { ServerResponse } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CollectedArtifacts } from '../../scanner/artifacts.ts'
import { scan } from '../../scanner/scan.ts'
import { updateDb } from '../../scanner/vulndb/update.ts'
import type { ScanResult } from '../../rules/types.ts'
import { startRange, type Range } from '../range/index.ts'
import { PLANTED, libraryFile, librariesSite, stripBanner } from '../range/libraries.ts'
import { SHARED_DATA } from '../vulndb/shared-data.ts'

const dataDir = mkdtempSync(join(tmpdir(), 'harbourscan-scripts-'))
const site = librariesSite('libraries')
/** Libraries Retire.js also finds without their banner comment (libraries.md §7). */
const BANNERLESS = PLANTED.filter((l) =>
  ['jquery', 'bootstrap', 'angularjs', 'moment.js', 'DOMPurify'].includes(l.library)
)

/** 100 MB of JavaScript, streamed with back-pressure until the client stops reading. */
function hugeScript(res: ServerResponse) {
  res.writeHead(200, { 'content-type': 'text/javascript', 'content-length': 100 * 1024 * 1024 })
  const chunk = Buffer.alloc(64 * 1024, 'var a=1;\n')
  let sent = 0
  const pump = () => {
    while (sent < 100 * 1024 * 1024) {
      sent += chunk.length
      if (!res.write(chunk)) return void res.once('drain', pump)
    }
    res.end()
  }
  res.on('close', () => (sent = Infinity))
  pump()
}

let range: Range
let collected: CollectedArtifacts
let result: ScanResult
let bannerless: CollectedArtifacts

beforeAll(async () => {
  process.env.HARBOURSCAN_DATA_DIR = dataDir
  const outcome = await updateDb({
    dir: join(dataDir, 'db'),
    now: new Date(),
    from: SHARED_DATA,
    commit: 'fd8df0d',
    upstreamDate: '2026-08-20',
  })
  expect(outcome.failures).toEqual([])
  const files: Record<string, Buffer | string> = {}
  BANNERLESS.forEach(
    (lib, i) => (files[`/static/bundle-${i}.js`] = stripBanner(libraryFile(lib).toString('utf8')))
  )
  const page = `<!doctype html><title>b</title>${Object.keys(files)
    .map((p) => `<script src="${p}"></script>`)
    .join(
      ''
    )}<script src="/huge.js"></script><script src="https://cdn.polyfill.io/v3/polyfill.min.js"></script>`
  range = await startRange([
    site.spec,
    {
      name: 'bannerless',
      headers: { server: 'Microsoft-IIS/8.5', 'x-aspnet-version': '4.0.30319' },
      routes: { '/': { body: page, contentType: 'text/html' } },
      files,
      handler: (req, res) => (req.url === '/huge.js' ? hugeScript(res) : res.writeHead(404).end()),
    },
  ])
  ;({ collected, result } = await scan(range.site('libraries').url, {
    allowPrivate: true,
    anyPort: true,
  }))
  // The polyfill.io tag must not reach the internet from a test: pin it to a closed loopback port.
  const resolve = new Map([['cdn.polyfill.io:443', '127.0.0.1']])
  ;({ collected: bannerless } = await scan(range.site('bannerless').url, {
    allowPrivate: true,
    anyPort: true,
    resolve,
  }))
}, 120_000)

afterAll(async () => {
  await range?.close()
  await rm(dataDir, { recursive: true, force: true })
})

describe('Scripts on the libraries site', () => {
  it('finds every planted library and version under every path form', () => {
    const libs = collected.values.Scripts!.libraries
    for (const want of site.expected) {
      const found = libs.find((l) => l.library === want.library && l.version === want.version)
      expect(found, `${want.library}@${want.version} via ${want.via}`).toBeDefined()
    }
  })

  it('keeps the CDN path and ?ver= evidence Retire.js has no pattern for', () => {
    const libs = collected.values.Scripts!.libraries
    const moment = libs.find((l) => l.library === 'moment.js')!
    expect(moment.evidence.map((e) => e.method)).toEqual(
      expect.arrayContaining(['filecontent', 'cdn-url'])
    )
    const wp = libs.find((l) => l.library === 'jquery' && l.version === '1.11.3')!
    expect(wp).toMatchObject({ confidence: 'low', evidence: [{ method: 'query-ver' }] })
  })

  it('reports advisories for each planted library and nothing for the current controls', () => {
    const vulnerable = result.rules.find((r) => r.ruleId === 'js-library-vulnerable')!
    expect(vulnerable.status).toBe('fail')
    for (const lib of PLANTED) {
      expect(
        vulnerable.findings.some((f) => f.message.includes(` ${lib.version} has `)),
        lib.pkg
      ).toBe(true)
    }
    for (const control of site.controls) {
      expect(
        vulnerable.findings.some((f) => f.message.includes(` ${control.version} has `)),
        control.library
      ).toBe(false)
    }
    const jquery = vulnerable.findings.find((f) => f.message.startsWith('jQuery 1.12.4'))!
    expect(jquery.message).toContain('CVE-2020-11022')
    expect(jquery.message).toContain('Upgrade to 3.5.0 or later')
  })

  it('reports end of life for the old library lines, with dates', () => {
    const eol = result.rules.find((r) => r.ruleId === 'js-library-end-of-life')!
    const messages = eol.findings.map((f) => f.message).join('\n')
    expect(messages).toContain('AngularJS 1.5.8 reached end of life on 2021-12-31')
    expect(messages).toContain('jQuery 1.12.4 is end of life')
    expect(messages).not.toContain('3.7.1')
  })

  it('reports the EOL server, runtime and CMS with the data date', () => {
    const messages = (id: string) =>
      result.rules
        .find((r) => r.ruleId === id)!
        .findings.map((f) => f.message)
        .join('\n')
    expect(messages('server-software-end-of-life')).toContain(
      'PHP 7.4.33 reached end of life on 2022-11-28'
    )
    expect(messages('server-software-end-of-life')).toContain('Ubuntu build of cycle 1.18')
    // WordPress still back-ports security fixes to 5.8; this site lacks them.
    expect(messages('cms-end-of-life')).toMatch(/WordPress 5\.8\.3 is on branch 5\.8, .* lacks/)
    expect(result.dataVersions).toEqual([
      { source: 'retire', version: 'fd8df0d', upstreamDate: '2026-08-20' },
      expect.objectContaining({ source: 'endoflife', upstreamDate: '2026-08-20' }),
    ])
  })
})

describe('Scripts on hostile and banner-less input', () => {
  it('identifies banner-less copies by code patterns', () => {
    const libs = bannerless.values.Scripts!.libraries
    for (const lib of BANNERLESS) {
      expect(
        libs.find((l) => l.library === lib.library && l.version === lib.version),
        lib.pkg
      ).toBeDefined()
    }
  })

  it('caps a 100 MB script and still finishes the scan', () => {
    const huge = bannerless.values.Scripts!.scripts.find((s) => s.url.endsWith('/huge.js'))!
    expect(huge.bytes).toBeLessThanOrEqual(5 * 1024 * 1024)
    expect(huge.truncated).toBe(true)
  })

  it('records the compromised CDN script and IIS 8.5 (Windows Server 2012 R2)', () => {
    const polyfill = bannerless.values.Scripts!.scripts.find((s) =>
      s.url.startsWith('https://cdn.polyfill.io/')
    )
    expect(polyfill).toMatchObject({ fetched: false, sameOrigin: false })
    expect(bannerless.values.Software!.products).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ product: 'iis', version: '8.5' }),
        expect.objectContaining({ product: 'aspnet', version: '4.0.30319' }),
      ])
    )
  })
})
