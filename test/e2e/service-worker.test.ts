/**
 * Scale-out: an API-only `serve` and a separate `harbourscan worker` process share PostgreSQL
 * (store) and pg-boss (queue); the worker's results show up through the API.
 */
import type { Json } from '../server/harness.ts'
import { spawn, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startRange, type Range } from '../range/index.ts'
import { freshDatabase, hasPg, requirePgInCi } from '../store/pg-env.ts'
import { catchAllSites, freePort, getJson, spawnServe } from './service-helpers.ts'

const NODE = join(import.meta.dirname, '../../node_modules/.bin/node')
const CLI = join(import.meta.dirname, '../../scanner/cli.ts')

requirePgInCi('serve + worker on PostgreSQL')

describe.runIf(hasPg)('harbourscan worker on PostgreSQL', () => {
  let range: Range
  let db: Awaited<ReturnType<typeof freshDatabase>>
  const children: ChildProcess[] = []

  beforeAll(async () => {
    range = await startRange(catchAllSites(2, { tls: false }))
    db = await freshDatabase()
  })
  afterAll(async () => {
    for (const c of children) {
      c.kill('SIGTERM')
      if (c.exitCode === null) await new Promise((r) => c.once('exit', r))
    }
    await db?.drop()
    await range?.close()
  })

  it(
    'runs scans queued through an API-only server in another process',
    { timeout: 120_000 },
    async () => {
      const ports = Object.values(range.sites).flatMap((s) => ['--allow-port', String(s.port)])
      const server = await spawnServe([
        '--port',
        String(await freePort()),
        '--database',
        db.url,
        '--api-only',
        '--allow-private',
        ...ports,
      ])
      children.push(server.child)
      const urls = Object.values(range.sites).flatMap((s) => [
        `${s.url}a`,
        `${s.url}b`,
        `${s.url}c`,
      ])
      const batch = await (
        await fetch(`${server.url}/api/batches`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ urls }),
        })
      ).json()
      await new Promise((r) => setTimeout(r, 500))
      expect((await getJson(`${server.url}/api/batches/${batch.id}`)).counts.queued).toBe(6)
      const worker = spawn(
        NODE,
        [CLI, 'worker', '--database', db.url, '--allow-private', ...ports],
        { stdio: 'ignore' }
      )
      children.push(worker)
      let view: Json
      for (let i = 0; i < 600; i++) {
        view = await getJson(`${server.url}/api/batches/${batch.id}`)
        if (view.status === 'done') break
        await new Promise((r) => setTimeout(r, 100))
      }
      expect(view.counts).toMatchObject({ total: 6, done: 6, failed: 0 })
    }
  )
})
