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

/** How long a statement waits for another process's lock before it fails. */
const LOCK_WAIT_MS = 5_000

const isBusy = (error: unknown) => ((error as { errcode?: number }).errcode ?? 0) % 256 === 5

/**
 * Runs a statement, and while another process (serve and worker share the file) holds the write
 * lock, retries it after short timers. SQLite's own busy timeout would sleep inside the call,
 * stalling this process's event loop (API requests, every running scan) for each wait.
 */
async function whenUnlocked<T>(statement: () => T): Promise<T> {
  const deadline = Date.now() + LOCK_WAIT_MS
  for (let delay = 1; ; delay = Math.min(delay * 2, 16)) {
    try {
      return statement()
    } catch (error) {
      if (!isBusy(error) || Date.now() >= deadline) throw error
    }
    await new Promise((resolve) => setTimeout(resolve, delay))
  }
}

export function openSqlite(file: string): Sql {
  // Opening may wait synchronously (switching to WAL needs the lock once); later statements wait
  // in whenUnlocked instead.
  const db = new DatabaseSync(file, { timeout: LOCK_WAIT_MS })
  // WAL + NORMAL survives a process crash (SIGKILL); FULL would be needed for power loss.
  db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;')
  db.exec('PRAGMA busy_timeout = 0')
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
    all: <T>(sql: string, params: readonly Param[] = []) =>
      whenUnlocked(() => prepare(sql).all(...args(params)) as T[]),
    get: <T>(sql: string, params: readonly Param[] = []) =>
      whenUnlocked(() => prepare(sql).get(...args(params)) as T | undefined),
    run: (sql, params = []) =>
      whenUnlocked(() => Number(prepare(sql).run(...args(params)).changes)),
    tx: (work) => work(direct),
    exec: (script) => whenUnlocked(() => void db.exec(script)),
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
        await whenUnlocked(() => db.exec('BEGIN IMMEDIATE'))
        try {
          const result = await work(direct)
          await whenUnlocked(() => db.exec('COMMIT'))
          return result
        } catch (error) {
          if (db.isTransaction) db.exec('ROLLBACK')
          throw error
        }
      }),
    close: () => mutex.lock(() => direct.close()),
  }
}
