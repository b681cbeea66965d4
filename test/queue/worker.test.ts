/**
 * The worker loop against a silent loopback site (every scan runs to its deadline): a scan cut
 * short by a shutdown or a lost lease is never stored as its result, the deadline counts from the
 * per-IP slot, one failing job does not end the process, and an idle loop holds no listeners.
 */
import { getEventListeners } from 'node:events'
import net from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { submitScan } from '../../scanner/batch/submit.ts'
import { DEFAULT_SETTINGS, type ScanSettings } from '../../scanner/batch/scan-job.ts'
import { EventBus } from '../../scanner/queue/bus.ts'
import { openSqliteQueue } from '../../scanner/queue/sqlite-queue.ts'
import type { ScanQueue } from '../../scanner/queue/types.ts'
import { runWorkers, type WorkerOptions } from '../../scanner/queue/worker.ts'
import { openStore, type Store } from '../../scanner/store/index.ts'
import { FINAL_STATUSES } from '../../scanner/store/types.ts'

let silent: net.Server
let port = 0
const sockets = new Set<net.Socket>()
beforeAll(async () => {
  silent = net.createServer((socket) => {
    sockets.add(socket.on('error', () => undefined).on('close', () => sockets.delete(socket)))
  })
  await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r))
  port = (silent.address() as net.AddressInfo).port
})
afterAll(async () => {
  for (const socket of sockets) socket.destroy()
  await new Promise((r) => silent.close(r))
})

interface Bench {
  store: Store
  queue: ScanQueue
  org: string
  settings: ScanSettings
  add(path?: string): Promise<string>
  run(o?: Partial<WorkerOptions>): { stop: AbortController; done: Promise<void> }
  close(): Promise<void>
}

async function bench(timeoutMs: number, leaseMs = 30_000): Promise<Bench> {
  const store = await openStore({ database: ':memory:' })
  const queue = await openSqliteQueue(store.sql, { leaseMs, groupConcurrency: 100 })
  const org = (await store.ensureOrg('local')).id
  const settings = { ...DEFAULT_SETTINGS, allowPrivate: true, extraPorts: [port], timeoutMs }
  const workers: { stop: AbortController; done: Promise<void> }[] = []
  return {
    store,
    queue,
    org,
    settings,
    add: (path = '/') =>
      submitScan(store, queue, org, {
        input: `http://127.0.0.1:${port}${path}`,
        url: `http://127.0.0.1:${port}${path}`,
        host: '127.0.0.1',
        groupKey: '127.0.0.1',
      }),
    run(o = {}) {
      const stop = new AbortController()
      const done = runWorkers({
        queue,
        store,
        settings,
        concurrency: 4,
        perIpConcurrency: 4,
        heartbeatMs: 200,
        pollMs: 50,
        signal: stop.signal,
        ...o,
      })
      workers.push({ stop, done })
      return { stop, done }
    },
    async close() {
      for (const w of workers) w.stop.abort()
      await Promise.all(workers.map((w) => w.done))
      await queue.close()
      await store.close()
    },
  }
}

/** A bench for one test, closed after it whatever happens. */
async function withBench(
  o: { timeoutMs: number; leaseMs?: number },
  use: (b: Bench) => Promise<void>
): Promise<void> {
  const b = await bench(o.timeoutMs, o.leaseMs)
  try {
    await use(b)
  } finally {
    await b.close()
  }
}

/** Every one of the scans has a final status. */
const settled = async (b: Bench, ...ids: string[]) =>
  (await Promise.all(ids.map((id) => b.store.getScanForWork(id)))).every(
    (scan) => scan !== undefined && FINAL_STATUSES.includes(scan.status)
  )

/** Polls `check` every 50 ms until it holds; fails after `ms`. */
async function until(check: () => Promise<boolean>, ms: number): Promise<void> {
  const end = Date.now() + ms
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`not reached within ${ms} ms`)
    await new Promise((r) => setTimeout(r, 50))
  }
}

describe('scan workers', () => {
  it('does not store a scan cut short by a shutdown: it is delivered again', async () => {
    await withBench({ timeoutMs: 20_000, leaseMs: 1_000 }, async (b) => {
      const id = await b.add()
      const w = b.run()
      await until(async () => (await b.store.getScanForWork(id))?.status === 'running', 5_000)
      w.stop.abort()
      await w.done
      expect((await b.store.getScanForWork(id))?.status).toBe('running')
      expect(await b.store.getResult(b.org, id)).toBeUndefined()
      await new Promise((r) => setTimeout(r, 1_200)) // the lease runs out
      const [again] = await b.queue.claim('next-process', 1)
      expect(again).toMatchObject({ key: id, attempt: 2 })
      expect(await b.store.markRunning(id, 2)).toBe(true)
    })
  }, 15_000)

  it('does not store a scan whose lease was lost to another worker', async () => {
    await withBench({ timeoutMs: 20_000, leaseMs: 1_000 }, async (b) => {
      const id = await b.add()
      // A heartbeat slower than the lease: a worker whose event loop stalled.
      b.run({ heartbeatMs: 2_500, pollMs: 5_000 })
      await until(async () => (await b.store.getScanForWork(id))?.status === 'running', 5_000)
      await new Promise((r) => setTimeout(r, 1_300))
      const [second] = await b.queue.claim('worker-b', 1)
      expect(second?.attempt).toBe(2)
      // Worker B has not marked it running yet when the first worker's heartbeat notices.
      await new Promise((r) => setTimeout(r, 1_800))
      // Nothing from attempt 1 was kept: the scan still runs (later attempts may have it).
      expect(await b.store.getResult(b.org, id)).toBeUndefined()
      expect((await b.store.getScanForWork(id))?.status).toBe('running')
    })
  }, 15_000)

  it('stops a scan cancelled while it runs, says so on the bus, and stores nothing', async () => {
    await withBench({ timeoutMs: 20_000 }, async (b) => {
      const id = await b.add()
      const bus = new EventBus()
      const heard: string[] = []
      bus.onScan(id, (e) => void (e.type === 'status' && heard.push(e.status)))
      b.run({ bus })
      await until(async () => (await b.store.getScanForWork(id))?.status === 'running', 5_000)
      await b.store.cancelScans(b.org, { id }) // as a batch cancel does: no event of its own
      await until(async () => heard.includes('cancelled'), 3_000)
      expect((await b.store.getScanForWork(id))?.status).toBe('cancelled')
      expect(await b.store.getResult(b.org, id)).toBeUndefined()
    })
  }, 15_000)

  it('counts the deadline from the per-IP slot: scans queued behind one host each get their time', async () => {
    // Each scan takes its 300 ms deadline; the sixth waits 1.5 s for the slot, more than the
    // deadline's 1.3 s of slack.
    await withBench({ timeoutMs: 300 }, async (b) => {
      const ids = await Promise.all(['/a', '/b', '/c', '/d', '/e', '/f'].map((p) => b.add(p)))
      b.run({ perIpConcurrency: 1, concurrency: 8 })
      await until(() => settled(b, ...ids), 8_000)
      // One at a time, each for its own 300 ms: none was cut short while it waited its turn.
      const ends = (await Promise.all(ids.map((id) => b.store.getScanForWork(id))))
        .map((scan) => scan!.finishedAt!)
        .sort((x, y) => x - y)
      for (let i = 1; i < ends.length; i++) expect(ends[i]! - ends[i - 1]!).toBeGreaterThan(200)
    })
  }, 15_000)

  it('survives a store failure in one job; the job is delivered again', async () => {
    await withBench({ timeoutMs: 300, leaseMs: 800 }, async (b) => {
      const id = await b.add()
      const markRunning = b.store.markRunning
      let failures = 0
      b.store.markRunning = (...args) =>
        failures++ === 0 ? Promise.reject(new Error('database is locked')) : markRunning(...args)
      b.run()
      await until(() => settled(b, id), 8_000)
      expect(failures).toBeGreaterThan(1)
    })
  }, 15_000)

  it('holds no abort listeners while idle', async () => {
    await withBench({ timeoutMs: 300 }, async (b) => {
      const w = b.run({ pollMs: 10 })
      await new Promise((r) => setTimeout(r, 500)) // about 50 idle polls
      expect(getEventListeners(w.stop.signal, 'abort').length).toBeLessThanOrEqual(2)
    })
  })
})
