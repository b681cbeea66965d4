/**
 * `harbourscan batch` and `harbourscan org` as a user runs them: real processes, real files,
 * real loopback sites.
 */
import { execFile, spawn } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startHostile, type HostileServer } from '../range/hostile.ts'
import { startRange, type Range } from '../range/index.ts'
import { presetSites } from '../range/sites.ts'

const NODE = join(import.meta.dirname, '../../node_modules/.bin/node')
const CLI = join(import.meta.dirname, '../../scanner/cli.ts')

function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      NODE,
      [CLI, ...args],
      { env: { ...process.env, NO_COLOR: '1' }, timeout: 90_000 },
      (error, stdout, stderr) => {
        resolve({
          code: error ? (typeof error.code === 'number' ? error.code : 99) : 0,
          stdout,
          stderr,
        })
      }
    )
  })
}

describe('harbourscan batch', () => {
  let range: Range
  let silent: HostileServer
  let dir: string
  beforeAll(async () => {
    range = await startRange(presetSites(['clean', 'no-hsts', 'http-only']))
    silent = await startHostile('silent', { maxLifetimeMs: 10_000 })
    dir = await mkdtemp(join(tmpdir(), 'hs-batch-cli-'))
  })
  afterAll(async () => {
    await silent?.close()
    await range?.close()
    await rm(dir, { recursive: true, force: true })
  })

  it('scans a CSV without a server: one JSON line per row, CSV and HTML summaries', async () => {
    const csv = [
      'Member,Website',
      `Clean Ltd,${range.site('clean').url}`,
      `No HSTS,${range.site('no-hsts').url}`,
      `Plain,${range.site('http-only').url}`,
      `Silent,${silent.url}`,
      `Again,${range.site('clean').url}`,
      'Broken,javascript:alert(1)',
    ].join('\n')
    await writeFile(join(dir, 'members.csv'), csv)
    const out = join(dir, 'out')
    const run = await cli([
      'batch',
      join(dir, 'members.csv'),
      '--out',
      out,
      '--allow-private',
      '--ca',
      range.pki.caFile,
      '--timeout',
      '3000',
    ])
    expect(run.stdout).toContain('6 rows: 3 scanned, 1 failed, 1 duplicate, 1 invalid')
    expect(run.code).toBe(1)
    expect(run.stderr).not.toContain('█') // no progress bar when stderr is not a terminal
    const lines = (await readFile(join(out, 'results.jsonl'), 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
    expect(lines.map((l) => [l.row, l.status])).toEqual([
      [1, 'done'],
      [2, 'done'],
      [3, 'done'],
      [4, 'failed'],
      [5, 'duplicate'],
      [6, 'invalid'],
    ])
    expect(lines[0].result.grades.overall.letter).toBeTruthy()
    expect(lines[3].error.code).toMatch(/^E_/)
    expect(lines[5].error.code).toBe('E_TARGET_SCHEME')
    const summary = await readFile(join(out, 'summary.csv'), 'utf8')
    expect(summary.split('\n').length).toBeGreaterThanOrEqual(5)
    expect(await readFile(join(out, 'summary.html'), 'utf8')).toMatch(/<html/i)
  })

  it('refuses private targets unless the operator allows them', async () => {
    await writeFile(join(dir, 'one.txt'), `${range.site('clean').url}\n`)
    const run = await cli(['batch', join(dir, 'one.txt'), '--out', join(dir, 'out2')])
    expect(run.stdout).toContain('1 rows: 0 scanned, 0 failed, 0 duplicate, 1 invalid')
    expect(run.code).toBe(1)
  })

  it('explains usage mistakes with exit code 2, in one line', async () => {
    expect((await cli(['batch'])).code).toBe(2)
    const missing = await cli(['batch', join(dir, 'missing.csv')])
    expect([missing.code, missing.stderr]).toEqual([
      2,
      expect.stringMatching(/there is no such file/),
    ])
    await writeFile(join(dir, 'header-only.csv'), 'name,url\n')
    const empty = await cli(['batch', join(dir, 'header-only.csv'), '--out', join(dir, 'o3')])
    expect([empty.code, empty.stderr]).toEqual([2, expect.stringMatching(/no website addresses/)])
    // A folder holding an earlier batch's results is never overwritten.
    const again = await cli(['batch', join(dir, 'one.txt'), '--out', join(dir, 'out2')])
    expect([again.code, again.stderr]).toEqual([2, expect.stringMatching(/earlier batch/)])
    for (const run of [missing, empty, again]) {
      expect(run.stderr.trim().split('\n')).toHaveLength(1)
      expect(run.stderr).not.toMatch(/ExperimentalWarning|\n\s+at /)
    }
  })

  it('stops on Ctrl-C, keeps every row, and says which were not scanned', async () => {
    const list = ['a', 'b', 'c'].map((p) => `${silent.url}${p}`).join('\n')
    await writeFile(join(dir, 'slow.txt'), `${list}\n`)
    const out = join(dir, 'interrupted')
    const child = spawn(
      NODE,
      [CLI, 'batch', join(dir, 'slow.txt'), '--allow-private', '--out', out, '--per-ip', '1'],
      { env: { ...process.env, NO_COLOR: '1' } }
    )
    let stdout = ''
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
    await new Promise((r) => setTimeout(r, 3_000)) // started, nothing finished (silent site)
    child.kill('SIGINT')
    const code = await new Promise((r) => child.once('exit', r))
    expect(code).toBe(130)
    expect(stdout).toMatch(/3 not scanned \(interrupted\)/)
    const rows = (await readFile(join(out, 'results.jsonl'), 'utf8')).trim().split('\n')
    expect(rows).toHaveLength(3)
  }, 30_000)
})

describe('harbourscan org', () => {
  it('creates organisations and tokens, lists them without secrets, revokes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hs-org-cli-'))
    try {
      const db = ['--data-dir', dir]
      expect((await cli(['org', 'create', 'harbour-assoc', ...db])).code).toBe(0)
      expect((await cli(['org', 'create', 'harbour-assoc', ...db])).code).toBe(2)
      const created = await cli(['org', 'token', 'create', 'harbour-assoc', '--name', 'ci', ...db])
      const token = created.stdout.trim()
      expect(token).toMatch(/^hs_[0-9A-Za-z]{43}[0-9a-f]{6}$/)
      const listed = await cli(['org', 'list', ...db])
      expect(listed.stdout).toContain('harbour-assoc')
      expect(listed.stdout).toContain('active')
      expect(listed.stdout).not.toContain(token)
      const stored = await readFile(join(dir, 'harbourscan.sqlite'))
      expect(stored.includes(Buffer.from(token))).toBe(false)
      expect((await cli(['org', 'token', 'revoke', token, ...db])).code).toBe(0)
      expect((await cli(['org', 'list', ...db])).stdout).toContain('revoked')
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
