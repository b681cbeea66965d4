import { describe, expect, it } from 'vitest'
import { newId } from '../../scanner/store/ids.ts'
import { useTempStore } from './temp-store.ts'

describe('scan records', () => {
  const temp = useTempStore()

  const add = async () => {
    const id = newId()
    await temp.store.insertScans(temp.org, [
      { id, input: 'a.hk', url: 'https://a.hk/', host: 'a.hk' },
    ])
    return id
  }
  const stored = {
    result: {} as never,
    artifacts: {} as never,
    grades: { overall: 'A', tls: 'A', web: 'A' },
  }

  it('fences every write on the attempt: a stale attempt cannot finish a scan', async () => {
    const id = await add()
    expect(await temp.store.markRunning(id, 1)).toBe(true)
    expect(await temp.store.markRunning(id, 2)).toBe(true) // re-delivered after a lost lease
    expect(await temp.store.markRunning(id, 1)).toBe(false)
    expect(await temp.store.finishScan(id, 1, stored)).toBe(false)
    expect(await temp.store.setProgress(id, 1, { done: 1, total: 2 })).toBe(false)
    expect(await temp.store.finishScan(id, 2, stored)).toBe(true)
    expect(await temp.store.finishScan(id, 2, stored)).toBe(false)
    const scan = await temp.store.getScan(temp.org, id)
    expect(scan).toMatchObject({
      status: 'done',
      attempt: 2,
      completions: 1,
      grades: { overall: 'A' },
    })
  })

  it('does not finish a cancelled scan', async () => {
    const id = await add()
    await temp.store.markRunning(id, 1)
    expect(await temp.store.cancelScans(temp.org, { id })).toEqual([id])
    expect(await temp.store.finishScan(id, 1, stored)).toBe(false)
    expect((await temp.store.getScan(temp.org, id))?.status).toBe('cancelled')
  })

  it('fails scans left running long after any attempt could have ended', async () => {
    const old = await add()
    const fresh = await add()
    await temp.store.markRunning(old, 1)
    await temp.store.sql.run('UPDATE scans SET started_at = ? WHERE id = ?', [
      Date.now() - 3_600_000,
      old,
    ])
    await temp.store.markRunning(fresh, 1)
    expect(await temp.store.failStalled(Date.now() - 600_000)).toEqual([old])
    expect((await temp.store.getScan(temp.org, old))?.error?.code).toBe('E_STALLED')
    expect((await temp.store.getScan(temp.org, fresh))?.status).toBe('running')
  })

  it("never returns another organisation's scan", async () => {
    const id = await add()
    const other = await temp.store.ensureOrg('other')
    expect(await temp.store.getScan(other.id, id)).toBeUndefined()
    expect(await temp.store.getResult(other.id, id)).toBeUndefined()
    expect(await temp.store.cancelScans(other.id, { id })).toEqual([])
  })
})
