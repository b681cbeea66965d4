import { describe } from 'vitest'
import { openPgBossQueue } from '../../scanner/queue/pgboss-queue.ts'
import { openPostgres } from '../../scanner/store/pg-sql.ts'
import { freshDatabase, hasPg, requirePgInCi } from '../store/pg-env.ts'
import { queueConformance } from './conformance.ts'

requirePgInCi('pg-boss queue conformance')

describe.runIf(hasPg)('pg-boss', () => {
  queueConformance('pg-boss 12 on PostgreSQL', async () => {
    const db = await freshDatabase()
    const sql = openPostgres(db.url)
    const queue = await openPgBossQueue(db.url, sql, {
      leaseMs: 1_000,
      backoffMs: 1_000,
      groupConcurrency: 2,
      maxAttempts: 3,
      superviseSeconds: 1,
    })
    return {
      queue,
      sql,
      recoveryMs: 15_000,
      async close() {
        await queue.close()
        await sql.close()
        await db.drop()
      },
    }
  })
})
