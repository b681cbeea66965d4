import type { ChildProcess } from 'node:child_process'
import type { Json } from '../server/harness.ts'
import { mkdtempSync, rmSync } from 'node:fs'
import { DatabaseSync } from 'node:sqlite'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startRange, type Range } from '../range/index.ts'
import { catchAllSites, freePort, getJson, spawnServe } from './service-helpers.ts'

const ROWS = 1_000
const SITES = 10

/**
 * Crash recovery: a 1,000-site batch, the server SIGKILLed mid-way, restarted on the same data:
 * every row completes exactly once (fenced completions), nothing lost, nothing duplicated.
 */
describe('service crash recovery', () => {
  let range: Range
  let dir: string
  const children: ChildProcess[] = []

  beforeAll(async () => {
    range = await startRange(catchAllSites(SITES, { tls: false }))
    dir = mkdtempSync(path.join(os.tmpdir(), 'hs-crash-'))
  })
  afterAll(async () => {
    for (const c of children) c.kill('SIGKILL')
    await range?.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('completes every row exactly once after a SIGKILL', { timeout: 240_000 }, async () => {
    const port = await freePort()
    const args = [
      '--port',
      String(port),
      '--data-dir',
      dir,
      '--allow-private',
      ...Object.values(range.sites).flatMap((s) => ['--allow-port', String(s.port)]),
      '--concurrency',
      '32',
      '--per-domain',
      '64',
      '--per-ip',
      '64',
      '--lease',
      '5000',
      '--timeout',
      '15000',
    ]
    const first = await spawnServe(args)
    children.push(first.child)
    const sites = Object.values(range.sites)
    const urls = Array.from({ length: ROWS }, (_, i) => `${sites[i % SITES]!.url}member/${i}`)
    const res = await fetch(`${first.url}/api/batches`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'crash', urls }),
    })
    const batch = await res.json()
    expect(batch.accepted).toBe(ROWS)
    for (;;) {
      const view = await getJson(`${first.url}/api/batches/${batch.id}`)
      if (view.counts.done >= ROWS / 4) break
      await new Promise((r) => setTimeout(r, 50))
    }
    first.child.kill('SIGKILL')
    await new Promise((r) => first.child.once('exit', r))
    const atKill = new DatabaseSync(path.join(dir, 'harbourscan.sqlite'))
    const killed = atKill.prepare('SELECT status, COUNT(*) AS n FROM scans GROUP BY status').all()
    atKill.close()
    expect(
      killed.some((r) => r.status === 'queued' || r.status === 'running'),
      'killed mid-way'
    ).toBe(true)

    const second = await spawnServe(args)
    children.push(second.child)
    const deadline = Date.now() + 200_000
    let view: Json
    for (;;) {
      view = await getJson(`${second.url}/api/batches/${batch.id}`)
      if (view.status === 'done' || Date.now() > deadline) break
      await new Promise((r) => setTimeout(r, 200))
    }
    second.child.kill('SIGTERM')
    await new Promise((r) => second.child.once('exit', r))
    if (view.counts.failed > 0) {
      const peek = new DatabaseSync(path.join(dir, 'harbourscan.sqlite'))
      const sample = peek
        .prepare("SELECT error, attempt FROM scans WHERE status = 'failed' LIMIT 5")
        .all()
      peek.close()
      console.log('failed rows:', JSON.stringify(sample))
    }
    expect(view.counts).toMatchObject({ total: ROWS, done: ROWS, failed: 0, queued: 0, running: 0 })

    const db = new DatabaseSync(path.join(dir, 'harbourscan.sqlite'))
    const one = (sql: string) => Number((db.prepare(sql).get() as { n: number }).n)
    expect(one(`SELECT COUNT(*) AS n FROM scans WHERE batch_id = '${batch.id}'`)).toBe(ROWS)
    expect(one('SELECT COUNT(DISTINCT batch_row) AS n FROM scans')).toBe(ROWS)
    expect(one('SELECT COUNT(*) AS n FROM scans WHERE completions <> 1')).toBe(0)
    expect(one('SELECT COUNT(*) AS n FROM scan_results')).toBe(ROWS)
    expect(one("SELECT COUNT(*) AS n FROM queue_jobs WHERE state = 'done'")).toBe(ROWS)
    expect(one('SELECT COUNT(*) AS n FROM queue_jobs')).toBe(ROWS)
    const redelivered = one('SELECT COUNT(*) AS n FROM queue_jobs WHERE attempts > 1')
    console.log(
      `crash test: ${killed.map((r) => `${r.status}=${r.n}`).join(' ')} at kill; ${redelivered} jobs re-delivered`
    )
    db.close()
  })
})
