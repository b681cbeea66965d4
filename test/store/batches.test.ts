import { describe, expect, it } from 'vitest'
import type { NewBatch } from '../../scanner/store/batches.ts'
import { newId } from '../../scanner/store/ids.ts'
import { useTempStore } from './temp-store.ts'

describe('batch replays', () => {
  const temp = useTempStore()

  let enqueued = 0
  const create = (o: Partial<NewBatch>) => {
    const id = newId()
    const batch: NewBatch = {
      id,
      name: 'members',
      requestHash: 'list-a',
      sameListWithinMs: 60_000,
      total: 1,
      scans: [{ id: newId(), input: 'a.hk', url: 'https://a.hk/', host: 'a.hk', batchId: id }],
      issues: [{ row: 2, input: 'nope', kind: 'invalid', code: 'E_TARGET_INVALID', reason: 'x' }],
      ...o,
    }
    return temp.store.createBatch(temp.org, batch, async () => void enqueued++)
  }

  it('returns the batch made for the same key and list, and refuses the key for another list', async () => {
    const first = await create({ idempotencyKey: 'k1' })
    const again = await create({ idempotencyKey: 'k1' })
    expect([first.existing, again.existing, again.batch.id]).toEqual([false, true, first.batch.id])
    await expect(create({ idempotencyKey: 'k1', requestHash: 'list-b' })).rejects.toMatchObject({
      code: 'E_IDEMPOTENCY_KEY_REUSED',
    })
    expect(await temp.store.batchIssues(temp.org, first.batch.id)).toEqual([
      { row: 2, input: 'nope', kind: 'invalid', code: 'E_TARGET_INVALID', reason: 'x' },
    ])
  })

  it('without a key, the same list is the same batch only within the window', async () => {
    const before = enqueued
    const first = await create({ requestHash: 'list-c' })
    const soon = await create({ requestHash: 'list-c' })
    expect(soon).toMatchObject({ existing: true, batch: { id: first.batch.id } })
    const other = await create({ requestHash: 'list-d' })
    expect(other.existing).toBe(false)
    // Outside the window (a monthly rescan of the same members) it is a new batch.
    const later = await create({ requestHash: 'list-c', sameListWithinMs: -1 })
    expect(later.existing).toBe(false)
    expect(enqueued - before).toBe(3)
  })
})
