import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ScanQueue, NewJob, QueueEvent } from '../../scanner/queue/types.ts'
import type { Sql } from '../../scanner/store/sql.ts'
import { eventually } from '../store/pg-env.ts'

export interface QueueHarness {
  queue: ScanQueue
  sql: Sql
  /** How long until an unheartbeated lease is re-delivered, worst case. */
  recoveryMs: number
  close(): Promise<void>
}

let n = 0
const job = (group: string, extra: Partial<NewJob> = {}): NewJob => ({
  key: `k${Date.now().toString(36)}-${++n}`,
  orgId: 'org-a',
  groupKey: group,
  ...extra,
})

/** Claims until the wanted key shows up (other suites' leftovers never interfere: fresh DB). */
async function claimKey(q: ScanQueue, owner: string, key: string, timeoutMs: number) {
  return eventually(async () => (await q.claim(owner, 10)).find((j) => j.key === key), timeoutMs)
}

/** The contract every queue engine meets (security.md §5.3). */
export function queueConformance(name: string, open: () => Promise<QueueHarness>): void {
  describe(`ScanQueue conformance: ${name}`, () => {
    let h: QueueHarness
    beforeAll(async () => {
      h = await open()
    })
    afterAll(async () => {
      await h?.close()
    })

    it('enqueues idempotently by key', async () => {
      const a = job('idem.example')
      const b = job('idem.example')
      expect(await h.queue.enqueue([a, b])).toEqual({ added: 2, duplicates: 0 })
      expect(await h.queue.enqueue([a, job('idem.example')])).toEqual({ added: 1, duplicates: 1 })
      const seen: string[] = []
      await eventually(async () => {
        for (const j of await h.queue.claim('w-idem', 10)) {
          seen.push(j.key)
          await h.queue.complete(j)
        }
        return seen.length >= 3
      }, 5_000)
      expect(seen.filter((k) => k === a.key)).toHaveLength(1)
    })

    it('enqueues inside a caller transaction and rolls back with it', async () => {
      const lost = job('tx.example')
      await expect(
        h.sql.tx(async (tx) => {
          await h.queue.enqueue([lost], { tx })
          throw new Error('rollback')
        })
      ).rejects.toThrow('rollback')
      expect(await h.queue.enqueue([lost])).toEqual({ added: 1, duplicates: 0 })
      const claimed = await claimKey(h.queue, 'w-tx', lost.key, 5_000)
      expect(await h.queue.complete(claimed)).toBe(true)
    })

    it('claims with a lease, completes once, refuses a second completion', async () => {
      const a = job('once.example')
      await h.queue.enqueue([a])
      const claimed = await claimKey(h.queue, 'w1', a.key, 5_000)
      expect(claimed.attempt).toBe(1)
      expect(await h.queue.heartbeat(claimed)).toBe(true)
      expect(await h.queue.complete(claimed)).toBe(true)
      expect(await h.queue.complete(claimed)).toBe(false)
      expect(await h.queue.heartbeat(claimed)).toBe(false)
      expect((await h.queue.claim('w1', 10)).some((j) => j.key === a.key)).toBe(false)
    })

    it('limits concurrent jobs per group', async () => {
      const a1 = job('group.example')
      const a2 = job('group.example')
      const a3 = job('group.example')
      const b1 = job('other.example')
      await h.queue.enqueue([a1, a2, a3, b1])
      const first = await h.queue.claim('w-group', 10)
      const mine = first.filter((j) => [a1, a2, a3, b1].some((x) => x.key === j.key))
      expect(mine.filter((j) => j.groupKey === 'group.example')).toHaveLength(2)
      expect(mine.some((j) => j.key === b1.key)).toBe(true)
      await h.queue.complete(mine.find((j) => j.groupKey === 'group.example')!)
      const next = await eventually(async () => {
        const got = await h.queue.claim('w-group', 10)
        return got.length > 0 ? got : undefined
      }, 5_000)
      expect(next.map((j) => j.groupKey)).toEqual(['group.example'])
      for (const j of [...mine, ...next]) await h.queue.complete(j)
    })

    it('retries transient failures with backoff, then fails for good', async () => {
      const a = job('retry.example', { maxAttempts: 2 })
      await h.queue.enqueue([a])
      const first = await claimKey(h.queue, 'w-retry', a.key, 5_000)
      const err = { code: 'E_TIMEOUT', message: 'slow' }
      expect(await h.queue.fail(first, err, true)).toBe('retrying')
      expect((await h.queue.claim('w-retry', 10)).some((j) => j.key === a.key)).toBe(false)
      const second = await claimKey(h.queue, 'w-retry', a.key, 15_000)
      expect(second.attempt).toBe(2)
      expect(await h.queue.fail(first, err, true)).toBe('stale')
      expect(await h.queue.fail(second, err, true)).toBe('failed')
    })

    it('does not retry a permanent failure', async () => {
      const a = job('permanent.example')
      await h.queue.enqueue([a])
      const claimed = await claimKey(h.queue, 'w-perm', a.key, 5_000)
      expect(await h.queue.fail(claimed, { code: 'E_DNS', message: 'no such host' }, false)).toBe(
        'failed'
      )
      await new Promise((r) => setTimeout(r, 300))
      expect((await h.queue.claim('w-perm', 10)).some((j) => j.key === a.key)).toBe(false)
    })

    it('re-delivers after an expired lease and refuses the dead lease', async () => {
      const a = job('lease.example')
      await h.queue.enqueue([a])
      const dead = await claimKey(h.queue, 'w-dead', a.key, 5_000)
      const alive = await claimKey(h.queue, 'w-alive', a.key, h.recoveryMs)
      expect(alive.attempt).toBe(dead.attempt + 1)
      expect(await h.queue.complete(dead)).toBe(false)
      expect(await h.queue.heartbeat(dead)).toBe(false)
      expect(await h.queue.complete(alive)).toBe(true)
    })

    it('cancels queued and active jobs', async () => {
      const queued = job('cancel-q.example')
      const active = job('cancel-a.example')
      await h.queue.enqueue([active])
      const held = await claimKey(h.queue, 'w-cancel', active.key, 5_000)
      await h.queue.enqueue([queued])
      expect(await h.queue.cancel([queued.key, active.key])).toBe(2)
      expect(await h.queue.heartbeat(held)).toBe(false)
      expect(await h.queue.complete(held)).toBe(false)
      await new Promise((r) => setTimeout(r, 300))
      expect((await h.queue.claim('w-cancel', 10)).some((j) => j.key === queued.key)).toBe(false)
    })

    it('reports progress events', async () => {
      const a = job('progress.example')
      const events: QueueEvent[] = []
      const off = h.queue.on((e) => {
        if ('key' in e && e.key === a.key) events.push(e)
      })
      await h.queue.enqueue([a])
      const claimed = await claimKey(h.queue, 'w-progress', a.key, 5_000)
      await h.queue.heartbeat(claimed, { done: 1, total: 3 })
      await h.queue.complete(claimed)
      off()
      expect(events.map((e) => e.type)).toEqual(['claimed', 'progress', 'completed'])
      expect(events[1]).toMatchObject({ progress: { done: 1, total: 3 } })
    })
  })
}
