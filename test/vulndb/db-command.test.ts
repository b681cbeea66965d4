/**
 * The `harbourscan db` command as a user runs it: a real child process, a temporary data dir, the
 * upstream files beside the project, and a closed loopback port standing in for "no network".
 */
import { execFile } from 'node:child_process'
import { createServer, type AddressInfo } from 'node:net'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'
import { rm } from 'node:fs/promises'
import { ENDOFLIFE_DIR, RETIRE_V5, RETIRE_V6 } from './shared-data.ts'

const run = promisify(execFile)
const CLI = resolve(import.meta.dirname, '../../scanner/cli.ts')
const dir = mkdtempSync(join(tmpdir(), 'harbourscan-db-'))
afterAll(() => rm(dir, { recursive: true, force: true }))

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok))
  const { port } = server.address() as AddressInfo
  await new Promise((ok) => server.close(ok))
  return port
}

async function db(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, 'db', ...args], {
      env: { ...process.env, HARBOURSCAN_DATA_DIR: dir, ...env },
      timeout: 60_000,
    })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string }
    return { code: e.code, stdout: e.stdout, stderr: e.stderr }
  }
}

describe('harbourscan db', () => {
  it('status says nothing is imported yet (exit 1)', async () => {
    const out = await db(['status'])
    expect(out.code).toBe(1)
    expect(out.stdout).toContain('not imported')
  })

  it('imports jsrepository-v6.json with its licence and notice', async () => {
    const out = await db([
      'update',
      '--from',
      RETIRE_V6,
      '--commit',
      'fd8df0d',
      '--upstream-date',
      '2026-08-20',
    ])
    expect(out.code).toBe(0)
    expect(out.stdout).toContain('74 libraries, 722 advisories')
    expect(readFileSync(join(dir, 'db', 'retire-LICENSE.md'), 'utf8')).toContain('Apache License')
    expect(readFileSync(join(dir, 'db', 'NOTICE.md'), 'utf8')).toMatch(
      /converted from jsrepository-v6\.json @ fd8df0d/
    )
  })

  it('imports the endoflife folder and status reports both with sha256 and age', async () => {
    expect((await db(['update', '--from', ENDOFLIFE_DIR])).code).toBe(0)
    const out = await db(['status'])
    expect(out.code).toBe(0)
    expect(out.stdout).toContain('8c2b4bafd2a6fc55bad15aec18785b3bd331ad9dea73100f3f4fd57267106088')
    expect(out.stdout).toMatch(/end-of-life: endoflife sha256:[0-9a-f]{12} \(25 products\)/)
    expect(out.stdout).toMatch(/data as of {2}2026-08-20 \(given\); \d+ days old/)
    expect(readFileSync(join(dir, 'db', 'endoflife-LICENSE'), 'utf8')).toContain(
      'endoflife.date contributors'
    )
  })

  it('with no network, update fails clearly and keeps the loaded data', async () => {
    const port = await closedPort()
    const offline = {
      HARBOURSCAN_RETIRE_URL: `http://127.0.0.1:${port}/repo.json`,
      HARBOURSCAN_ENDOFLIFE_URL: `http://127.0.0.1:${port}`,
    }
    const out = await db(['update'], offline)
    expect(out.code).toBe(1)
    expect(out.stderr).toContain(
      `retire: cannot reach 127.0.0.1:${port} (ECONNREFUSED): offline or blocked`
    )
    expect(out.stderr).toContain('still in place')
    const status = await db(['status'])
    expect(status.stdout).toContain(
      '8c2b4bafd2a6fc55bad15aec18785b3bd331ad9dea73100f3f4fd57267106088'
    )
  })

  it('keeps the previous data for rollback', async () => {
    expect((await db(['update', '--from', RETIRE_V5])).code).toBe(0)
    expect((await db(['status'])).stdout).toContain(
      '79b3fc3efb2c880bcf9a5745d08db7067fd4b65c74de470e0f433ece823915d7'
    )
    expect(existsSync(join(dir, 'db', 'vulndb.previous.json'))).toBe(true)
    expect((await db(['rollback'])).code).toBe(0)
    expect((await db(['status'])).stdout).toContain(
      '8c2b4bafd2a6fc55bad15aec18785b3bd331ad9dea73100f3f4fd57267106088'
    )
  })

  it('rejects a folder with no data and bad options', async () => {
    const missing = await db(['update', '--from', tmpdir() + '/does-not-exist'])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain('does not exist')
    expect((await db(['update', '--upstream-date', 'yesterday'])).code).toBe(2)
    expect((await db(['frobnicate'])).code).toBe(2)
  })
})
