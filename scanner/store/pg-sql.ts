import pg from 'pg'
import type { Param, Sql } from './sql.ts'

// BIGINT columns hold epoch milliseconds and counts: well inside Number's exact range.
pg.types.setTypeParser(20, (value) => Number(value))

/** `?` → `$1, $2, …` (our statements never contain a literal question mark). */
function numbered(sql: string): string {
  let n = 0
  return sql.replace(/\?/g, () => `$${++n}`)
}

type Queryable = Pick<pg.Pool, 'query'>

export type PgSql = Sql & { raw(text: string, values?: unknown[]): Promise<{ rows: unknown[] }> }

function over(client: Queryable, tx: Sql['tx'], close: () => Promise<void>): PgSql {
  const query = async (sql: string, params: readonly Param[] = []) =>
    client.query(numbered(sql), params as Param[])
  return {
    dialect: 'pg',
    all: async <T>(sql: string, params?: readonly Param[]) =>
      (await query(sql, params)).rows as T[],
    get: async <T>(sql: string, params?: readonly Param[]) =>
      (await query(sql, params)).rows[0] as T | undefined,
    run: async (sql, params) => (await query(sql, params)).rowCount ?? 0,
    exec: async (script) => void (await client.query(script)),
    /** Raw `$n` text for libraries that bring their own SQL (pg-boss in the same transaction). */
    raw: async (text: string, values?: unknown[]) => client.query(text, values),
    tx,
    close,
  }
}

export function openPostgres(connectionString: string, max = 10): PgSql & { pool: pg.Pool } {
  const pool = new pg.Pool({ connectionString, max, connectionTimeoutMillis: 10_000 })
  pool.on('error', () => undefined) // an idle client dropped by the server; the pool replaces it
  const tx: Sql['tx'] = async (work) => {
    const client = await pool.connect()
    try {
      await client.query('BEGIN')
      const inner = over(
        client,
        (w) => w(inner),
        async () => undefined
      )
      const result = await work(inner)
      await client.query('COMMIT')
      return result
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined)
      throw error
    } finally {
      client.release()
    }
  }
  return Object.assign(
    over(pool, tx, () => pool.end()),
    { pool }
  )
}
