import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { openSqliteQueue } from '../../scanner/queue/sqlite-queue.ts'
import { openSqlite } from '../../scanner/store/sql.ts'
import { queueConformance } from './conformance.ts'

queueConformance('embedded SQLite', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'hs-queue-'))
  const sql = openSqlite(path.join(dir, 'q.sqlite'))
  const queue = await openSqliteQueue(sql, {
    leaseMs: 400,
    backoffMs: 300,
    groupConcurrency: 2,
    maxAttempts: 3,
  })
  return {
    queue,
    sql,
    recoveryMs: 3_000,
    async close() {
      await queue.close()
      await sql.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
})
