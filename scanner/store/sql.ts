import { DatabaseSync, type SQLInputValue } from 'node:sqlite'

export type Param = string | number | null
export type Row = Record<string, unknown>

/**
 * The few SQL operations the store and the queue need, over SQLite or PostgreSQL. Statements are
 * written once with `?` placeholders and a dialect-neutral schema (TEXT, BIGINT, INTEGER; ids are
 * text; timestamps are epoch milliseconds), so one store implementation serves both engines.
 */
export interface Sql {
  readonly dialect: 'sqlite' | 'pg'
  all<T = Row>(sql: string, params?: readonly Param[]): Promise<T[]>
  get<T = Row>(sql: string, params?: readonly Param[]): Promise<T | undefined>
  run(sql: string, params?: readonly Param[]): Promise<number>
  /** One transaction; SQLite takes the write lock up front (BEGIN IMMEDIATE). */
  tx<T>(work: (sql: Sql) => Promise<T>): Promise<T>
  exec(script: string): Promise<void>
  /** PostgreSQL only: raw `$n` SQL on the same connection (pg-boss inside our transaction). */
  raw?(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>
  close(): Promise<void>
}

/** Serialises async work on one SQLite connection so a transaction never interleaves. */
class Mutex {
  #tail: Promise<unknown> = Promise.resolve()
  lock<T>(work: () => Promise<T>): Promise<T> {
    const next = this.#tail.then(work, work)
    this.#tail = next.catch(() => undefined)
    return next
  }
}

export function openSqlite(file: string): Sql {
  const db = new DatabaseSync(file, { timeout: 5_000 })
  // WAL + NORMAL survives a process crash (SIGKILL); FULL would be needed for power loss.
  db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;')
  const statements = new Map<string, ReturnType<DatabaseSync['prepare']>>()
  const prepare = (sql: string) => {
    let s = statements.get(sql)
    if (!s) {
      s = db.prepare(sql)
      statements.set(sql, s)
    }
    return s
  }
  const args = (params: readonly Param[]) => params as SQLInputValue[]
  const mutex = new Mutex()
  const direct: Sql = {
    dialect: 'sqlite',
    all: async <T>(sql: string, params: readonly Param[] = []) =>
      prepare(sql).all(...args(params)) as T[],
    get: async <T>(sql: string, params: readonly Param[] = []) =>
      prepare(sql).get(...args(params)) as T | undefined,
    run: async (sql, params = []) => Number(prepare(sql).run(...args(params)).changes),
    tx: (work) => work(direct),
    exec: async (script) => void db.exec(script),
    close: async () => db.close(),
  }
  return {
    dialect: 'sqlite',
    all: (sql, params) => mutex.lock(() => direct.all(sql, params)),
    get: (sql, params) => mutex.lock(() => direct.get(sql, params)),
    run: (sql, params) => mutex.lock(() => direct.run(sql, params)),
    exec: (script) => mutex.lock(() => direct.exec(script)),
    tx: (work) =>
      mutex.lock(async () => {
        db.exec('BEGIN IMMEDIATE')
        try {
          const result = await work(direct)
          db.exec('COMMIT')
          return result
        } catch (error) {
          if (db.isTransaction) db.exec('ROLLBACK')
          throw error
        }
      }),
    close: () => mutex.lock(() => direct.close()),
  }
}
