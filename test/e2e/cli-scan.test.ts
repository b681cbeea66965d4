/**
 * The CLI as a user runs it: a real process against real loopback sites from the test range.
 */
import { execFile } from 'node:child_process'
import net from 'node:net'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ScanResult } from '../../rules/types.ts'
import { startRange, type Range } from '../range/index.ts'
import { presetSites } from '../range/sites.ts'
import { weakResult } from '../fixtures/results/weak.ts'

const CLI = join(import.meta.dirname, '../../scanner/bin.mjs')

interface CliRun {
  code: number
  stdout: string
  stderr: string
}

function cli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [CLI, ...args],
      { env: { ...process.env, NO_COLOR: '1', ...env }, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 99) : 0
        resolve({ code, stdout, stderr })
      }
    )
  })
}

let range: Range
/** Files the scans write (--save-artifacts), removed with the folder after the tests. */
let scratch: string
beforeAll(async () => {
  range = await startRange(presetSites(['clean', 'no-hsts', 'http-only', 'expired', 'wrong-name']))
  scratch = await mkdtemp(join(tmpdir(), 'hs-cli-scan-'))
})
afterAll(async () => {
  await range?.close()
  await rm(scratch, { recursive: true, force: true })
})

async function scanJson(url: string, ...extra: string[]): Promise<ScanResult> {
  const run = await cli([
    'scan',
    url,
    '--allow-private',
    '--ca',
    range.pki.caFile,
    '--format',
    'json',
    ...extra,
  ])
  // Warnings (e.g. end-of-life data not imported yet) may appear; failures may not.
  expect(run.stderr).not.toMatch(/Error|\n\s+at /)
  expect(run.code).toBe(0)
  return JSON.parse(run.stdout) as ScanResult
}

const statusOf = (result: ScanResult, id: string) =>
  result.rules.find((r) => r.ruleId === id)?.status

describe('harbourscan scan', () => {
  it('prints a versioned ScanResult for a clean HTTPS site', async () => {
    const result = await scanJson(range.site('clean').url)
    expect(result.schemaVersion).toBe(1)
    expect(result.target.port).toBe(range.site('clean').port)
    expect(result.grades.overall.letter).toBeTruthy()
    expect(result.grades.tls.letter).toMatch(/^A/)
    expect(result.grades.web.score).not.toBeNull()
    expect(result.categories.map((c) => c.id)).toEqual(expect.arrayContaining(['tls', 'headers']))
    expect(statusOf(result, 'hsts-missing')).toBe('pass')
    expect(statusOf(result, 'certificate-expired')).toBe('pass')
    expect(statusOf(result, 'certificate-name-mismatch')).toBe('pass')
    // HTTPS on a non-standard port: the plain-HTTP port is unknown, so the redirect is not tested.
    expect(statusOf(result, 'https-redirect-missing')).toBe('not-applicable')
  })

  it('follows the redirect chain from http:// to the HTTPS site', async () => {
    const site = range.site('clean')
    const result = await scanJson(site.httpUrl!, '--save-artifacts', join(scratch, 'a.json'))
    expect(statusOf(result, 'https-redirect-missing')).toBe('pass')
    expect(statusOf(result, 'hsts-missing')).toBe('pass')
    expect(statusOf(result, 'certificate-expired')).toBe('pass')
    expect(statusOf(result, 'certificate-name-mismatch')).toBe('pass')
  })

  it('finds a missing HSTS header behind a redirect', async () => {
    const result = await scanJson(range.site('no-hsts').httpUrl!)
    expect(statusOf(result, 'https-redirect-missing')).toBe('pass')
    expect(statusOf(result, 'hsts-missing')).toBe('fail')
  })

  it('finds a plain-HTTP site with no HTTPS', async () => {
    const result = await scanJson(range.site('http-only').url)
    expect(statusOf(result, 'https-redirect-missing')).toBe('fail')
    expect(statusOf(result, 'hsts-missing')).toBe('fail')
    expect(statusOf(result, 'certificate-expired')).toBe('not-applicable')
    expect(result.skipped.TlsHandshake).toMatch(/does not offer HTTPS/)
  })

  it('finds an expired certificate and grades TLS T', async () => {
    const result = await scanJson(range.site('expired').url)
    expect(statusOf(result, 'certificate-expired')).toBe('fail')
    expect(statusOf(result, 'certificate-name-mismatch')).toBe('pass')
    expect(result.grades.tls.letter).toBe('T')
  })

  it('finds a certificate for another name and grades TLS M', async () => {
    const result = await scanJson(range.site('wrong-name').url)
    expect(statusOf(result, 'certificate-name-mismatch')).toBe('fail')
    expect(statusOf(result, 'certificate-expired')).toBe('pass')
    expect(result.grades.tls.letter).toBe('M')
  })

  it('scans a named host on a given address with --resolve', async () => {
    const site = range.site('clean')
    const url = `https://shop.example.hk:${site.port}/`
    const result = await scanJson(url, '--resolve', `shop.example.hk:${site.port}:127.0.0.1`)
    expect(result.target.host).toBe('shop.example.hk')
    // The range certificate names localhost and 127.0.0.1 only.
    expect(statusOf(result, 'certificate-name-mismatch')).toBe('fail')
  })

  it('checks only the areas asked for with --only', async () => {
    const result = await scanJson(range.site('no-hsts').httpUrl!, '--only', 'web')
    expect(statusOf(result, 'hsts-missing')).toBe('fail')
    expect(result.skipped.TlsSuites).toMatch(/Not part of this scan \(--only web\)/)
    expect(statusOf(result, 'tls-1-3-missing')).toBe('not-applicable')
    expect(result.grades.web.letter).not.toBeNull()
    // TLS alone: no web grade from HTML checks that were never made.
    const tls = await scanJson(range.site('clean').url, '--only', 'tls')
    expect(tls.grades.tls.letter).not.toBeNull()
    expect(tls.grades.web).toMatchObject({
      letter: null,
      reasons: [expect.stringMatching(/--only tls/)],
    })
    expect(tls.grades.overall.letter).toBe(tls.grades.tls.letter)
    const bad = await cli(['scan', 'example.com', '--only', 'web,dns'])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/--only must be one of tls, web, software/)
  })

  it('replays saved artifacts offline with the same verdicts', async () => {
    const file = join(scratch, 'artifacts.json')
    const live = await scanJson(range.site('expired').url, '--save-artifacts', file)
    const saved = JSON.parse(await readFile(file, 'utf8')) as { values: object }
    expect(Object.keys(saved.values)).toContain('TlsHandshake')
    const replay = await cli(['scan', '--from-artifacts', file, '--format', 'json'])
    expect(replay.code).toBe(0)
    const replayed = JSON.parse(replay.stdout) as ScanResult
    expect(replayed.rules.map((r) => [r.ruleId, r.status])).toEqual(
      live.rules.map((r) => [r.ruleId, r.status])
    )
  })

  it('prints a plain-language text report without colour under NO_COLOR', async () => {
    const run = await cli([
      'scan',
      range.site('expired').url,
      '--allow-private',
      '--ca',
      range.pki.caFile,
    ])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('Overall grade:')
    expect(run.stdout).toContain('The certificate has expired')
    expect(run.stdout).toContain('What to do:')
    expect(run.stdout).not.toContain('\u001b[')
  })

  it('exits 1 when a threshold fails, 0 when it holds', async () => {
    const base = ['scan', range.site('expired').url, '--allow-private', '--ca', range.pki.caFile]
    expect((await cli([...base, '--fail-on', 'critical'])).code).toBe(1)
    expect((await cli([...base, '--min-grade', 'B'])).code).toBe(1)
    const clean = ['scan', range.site('clean').url, '--allow-private', '--ca', range.pki.caFile]
    expect((await cli([...clean, '--fail-on', 'high'])).code).toBe(0)
  })
})

describe('harbourscan scan refusals', () => {
  let listener: net.Server
  let port = 0
  let connections = 0
  beforeAll(async () => {
    listener = net.createServer((socket) => {
      connections++
      socket.destroy()
    })
    await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve))
    port = (listener.address() as net.AddressInfo).port
  })
  afterAll(() => new Promise<void>((resolve) => listener.close(() => resolve())))

  it.each([
    ['loopback literal', () => `https://127.0.0.1:${port}/`],
    ['decimal loopback', () => `http://2130706433:${port}/`],
    ['IPv4-mapped loopback', () => `http://[::ffff:127.0.0.1]:${port}/`],
    ['localhost name', () => `https://localhost:${port}/`],
  ])('exits 2 without --allow-private for a %s and makes no connection', async (_name, url) => {
    const run = await cli(['scan', url(), '--format', 'json'])
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
    expect(run.stderr).toMatch(/only public (addresses|sites) are scanned/)
    expect(connections).toBe(0)
  })

  it('exits 2 with one line for usage mistakes', async () => {
    for (const args of [
      ['scan'],
      ['scan', 'ftp://example.com'],
      ['scan', 'x.com', '--format', 'docx'],
      ['nope'],
    ]) {
      const run = await cli(args)
      expect(run.code, args.join(' ')).toBe(2)
      expect(run.stderr.length).toBeGreaterThan(0)
    }
  })

  it('exits 2 with one plain line for a file or site it cannot use, before scanning', async () => {
    const report = join(scratch, 'report.json')
    await writeFile(report, '{"schemaVersion": 1}')
    await writeFile(join(scratch, 'array.json'), '[1, "x"]')
    const closed = `http://127.0.0.1:${port}/` // accepts, then hangs up at once: nothing to test
    const before = connections
    const cases: [string[], RegExp][] = [
      [['scan', '--from-artifacts', report], /not saved scan evidence/],
      [
        ['scan', '--from-artifacts', join(scratch, 'none.json')],
        /Cannot read the --from-artifacts/,
      ],
      [['scan', closed, '--allow-private', '--out', join(scratch, 'no/such/r.txt')], /--out/],
      [['scan', closed, '--allow-private', '--ca', join(scratch, 'none.pem')], /--ca file/],
      [['report', join(scratch, 'array.json')], /not a batch row/],
      [['db', 'frob'], /Unknown action "frob"/],
      [
        ['report', '--diff', 'x'],
        /^harbourscan: Unknown option '--diff' \(see harbourscan report --help\)/,
      ],
    ]
    for (const [args, message] of cases) {
      const run = await cli(args)
      expect([run.code, run.stderr.trim().split('\n').length], args.join(' ')).toEqual([2, 1])
      expect(run.stderr, args.join(' ')).toMatch(message)
    }
    expect(connections).toBe(before) // refused before any scan started
    const result = join(scratch, 'result.json')
    await writeFile(result, JSON.stringify(weakResult))
    const pdf = ['report', result, '--format', 'pdf', '--out', join(scratch, 'r.pdf')]
    const noChromium = await cli(pdf, { HARBOURSCAN_CHROMIUM: join(scratch, 'no-chromium') })
    expect([noChromium.code, noChromium.stderr]).toEqual([
      2,
      expect.stringMatching(/^harbourscan: Chromium is not installed at .*\n$/),
    ])
    const nothing = await cli([
      'scan',
      closed,
      '--allow-private',
      '--only',
      'web',
      '--fail-on',
      'low',
    ])
    expect(nothing.code).toBe(2)
    expect(nothing.stderr).toMatch(/nothing could be tested on/)
  })

  it('shows help for every command', async () => {
    for (const command of ['scan', 'serve']) {
      const run = await cli([command, '--help'])
      expect(run.code).toBe(0)
      expect(run.stdout).toContain(`harbourscan ${command}`)
    }
  })
})
