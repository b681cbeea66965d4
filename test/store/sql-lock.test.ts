import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openSqlite, type Sql } from '../../scanner/store/sql.ts'

/**
 * Two connections to one file stand for serve and a worker process. A connection waiting for the
 * other's write lock must leave the event loop running: here the lock holder itself needs the
 * loop (a timer) to finish, so a waiter that slept inside SQLite would stall both until it gave up.
 */
describe('SQLite write lock held by another connection', () => {
  let dir: string
  let a: Sql
  let b: Sql
  beforeEach(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'hs-sql-lock-'))
    const file = path.join(dir, 'db.sqlite')
    a = openSqlite(file)
    b = openSqlite(file)
    await a.exec('CREATE TABLE t (n INTEGER NOT NULL)')
  })
  afterEach(async () => {
    await a.close()
    await b.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('waits for the lock off the event loop, then writes', async () => {
    const order: string[] = []
    let release!: () => void
    const holding = a.tx(async (tx) => {
      await tx.run('INSERT INTO t (n) VALUES (1)')
      await new Promise<void>((resolve) => (release = resolve))
      order.push('a committed')
    })
    await new Promise((resolve) => setImmediate(resolve)) // a now holds the write lock
    const waiting = b.run('INSERT INTO t (n) VALUES (2)').then(() => order.push('b wrote'))
    const inTx = b.tx(async (tx) => {
      await tx.run('INSERT INTO t (n) VALUES (3)')
      order.push('b tx')
    })
    setTimeout(() => release(), 20) // only fires if b's waiting leaves the loop free
    await Promise.all([holding, waiting, inTx])
    expect(order).toEqual(['a committed', 'b wrote', 'b tx'])
    const rows = await b.all<{ n: number }>('SELECT n FROM t ORDER BY n')
    expect(rows.map((r) => r.n)).toEqual([1, 2, 3])
  })

  it('still fails other errors at once', async () => {
    await expect(b.run('INSERT INTO missing (n) VALUES (1)')).rejects.toThrow(/no such table/)
  })
})
