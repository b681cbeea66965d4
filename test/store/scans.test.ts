import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { newId } from '../../scanner/store/ids.ts'
import { openStore, type Store } from '../../scanner/store/index.ts'

describe('scan records', () => {
  let dir: string
  let store: Store
  let org: string
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'hs-store-'))
    store = await openStore({ dataDir: dir })
    org = (await store.ensureOrg('local')).id
  })
  afterAll(async () => {
    await store?.close()
    rmSync(dir, { recursive: true, force: true })
  })

  const add = async () => {
    const id = newId()
    await store.insertScans(org, [{ id, input: 'a.hk', url: 'https://a.hk/', host: 'a.hk' }])
    return id
  }
  const stored = {
    result: {} as never,
    artifacts: {} as never,
    grades: { overall: 'A', tls: 'A', web: 'A' },
  }

  it('fences every write on the attempt: a stale attempt cannot finish a scan', async () => {
    const id = await add()
    expect(await store.markRunning(id, 1)).toBe(true)
    expect(await store.markRunning(id, 2)).toBe(true) // re-delivered after a lost lease
    expect(await store.markRunning(id, 1)).toBe(false)
    expect(await store.finishScan(id, 1, stored)).toBe(false)
    expect(await store.setProgress(id, 1, { done: 1, total: 2 })).toBe(false)
    expect(await store.finishScan(id, 2, stored)).toBe(true)
    expect(await store.finishScan(id, 2, stored)).toBe(false)
    const scan = await store.getScan(org, id)
    expect(scan).toMatchObject({
      status: 'done',
      attempt: 2,
      completions: 1,
      grades: { overall: 'A' },
    })
  })

  it('does not finish a cancelled scan', async () => {
    const id = await add()
    await store.markRunning(id, 1)
    expect(await store.cancelScans(org, { id })).toEqual([id])
    expect(await store.finishScan(id, 1, stored)).toBe(false)
    expect((await store.getScan(org, id))?.status).toBe('cancelled')
  })

  it('fails scans left running long after any attempt could have ended', async () => {
    const old = await add()
    const fresh = await add()
    await store.markRunning(old, 1)
    await store.sql.run('UPDATE scans SET started_at = ? WHERE id = ?', [
      Date.now() - 3_600_000,
      old,
    ])
    await store.markRunning(fresh, 1)
    expect(await store.failStalled(Date.now() - 600_000)).toEqual([old])
    expect((await store.getScan(org, old))?.error?.code).toBe('E_STALLED')
    expect((await store.getScan(org, fresh))?.status).toBe('running')
  })

  it("never returns another organisation's scan", async () => {
    const id = await add()
    const other = await store.ensureOrg('other')
    expect(await store.getScan(other.id, id)).toBeUndefined()
    expect(await store.getResult(other.id, id)).toBeUndefined()
    expect(await store.cancelScans(other.id, { id })).toEqual([])
  })
})
