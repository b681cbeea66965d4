import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { it } from 'vitest'

/**
 * PostgreSQL for tests comes from scripts/postgres.sh (HARBOURSCAN_TEST_DATABASE_URL). Without
 * it, CI fails loudly; locally the PostgreSQL suites skip with a printed reason.
 */
export const PG_URL = process.env.HARBOURSCAN_TEST_DATABASE_URL
export const hasPg = PG_URL !== undefined && PG_URL !== ''

export function requirePgInCi(suite: string): void {
  if (hasPg) return
  if (process.env.CI) {
    it(`${suite}: PostgreSQL is required in CI`, () => {
      throw new Error(
        'HARBOURSCAN_TEST_DATABASE_URL is not set: run export "$(scripts/postgres.sh start)" first'
      )
    })
  } else {
    console.warn(
      `[skip] ${suite}: HARBOURSCAN_TEST_DATABASE_URL is not set (export "$(scripts/postgres.sh start)" to run it)`
    )
  }
}

/** A fresh database per test file, so suites never see each other's rows. */
export async function freshDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `hs_test_${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: PG_URL })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${name}`)
  await admin.end()
  const url = new URL(PG_URL!)
  url.pathname = `/${name}`
  return {
    url: url.href,
    async drop() {
      const c = new pg.Client({ connectionString: PG_URL })
      await c.connect()
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await c.end()
    },
  }
}

/** Polls until `check` returns a value (bounded). */
export async function eventually<T>(
  check: () => Promise<T | undefined | false>,
  timeoutMs = 15_000,
  intervalMs = 100
): Promise<T> {
  const until = Date.now() + timeoutMs
  for (;;) {
    const value = await check()
    if (value !== undefined && value !== false) return value
    if (Date.now() > until) throw new Error(`condition not met within ${timeoutMs} ms`)
    await new Promise((r) => setTimeout(r, intervalMs))
  }
}
