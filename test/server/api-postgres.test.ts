import { describe } from 'vitest'
import { freshDatabase, hasPg, requirePgInCi } from '../store/pg-env.ts'
import { apiSuite } from './api-suite.ts'

requirePgInCi('API over PostgreSQL')

describe.runIf(hasPg)('PostgreSQL', () => {
  apiSuite('PostgreSQL store and pg-boss queue', async () => {
    const db = await freshDatabase()
    return {
      database: db.url,
      queue: { leaseMs: 5_000, groupConcurrency: 16, superviseSeconds: 1 },
      cleanup: () => db.drop(),
    }
  })
})
