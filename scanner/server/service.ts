import net from 'node:net'
import { serve } from '@hono/node-server'
import { DEFAULT_SETTINGS, type ScanSettings } from '../batch/scan-job.ts'
import { UsageError } from '../errors.ts'
import { EventBus } from '../queue/bus.ts'
import { openPgBossQueue } from '../queue/pgboss-queue.ts'
import { openSqliteQueue } from '../queue/sqlite-queue.ts'
import { DEFAULT_QUEUE_OPTIONS, type QueueOptions, type ScanQueue } from '../queue/types.ts'
import { runWorkers } from '../queue/worker.ts'
import { isPostgresUrl, openStore, type Store } from '../store/index.ts'
import { LOCAL_ORG } from '../store/orgs.ts'
import { createApp } from './app.ts'
import { BodyCache } from './body-cache.ts'
import type { ServiceContext } from './context.ts'

/** Finished-scan bodies are ~20 KB: 32 MB keeps the last ~800 read ones. */
const BODY_CACHE_BYTES = 32 * 1024 * 1024

export interface ServiceConfig {
  host: string
  port: number
  /** postgres://… (PostgreSQL + pg-boss) or a SQLite file path; default data/harbourscan.sqlite. */
  database?: string
  dataDir?: string
  settings?: Partial<ScanSettings>
  queue?: Partial<QueueOptions> & { superviseSeconds?: number }
  /** In-process scan workers (0 = API only; run `harbourscan worker`). */
  concurrency?: number
  perIpConcurrency?: number
  rateLimitPerMinute?: number
  ssePollMs?: number
}

export interface RunningService {
  url: string
  ctx: ServiceContext
  close(): Promise<void>
}

export function isLoopback(host: string): boolean {
  if (host === 'localhost') return true
  const h = host.replace(/^\[|\]$/g, '')
  return net.isIPv4(h) ? h.startsWith('127.') : h === '::1'
}

/** Store + queue for a database URL: SQLite lease queue in the same file, or pg-boss. */
export async function openBackend(
  o: Pick<ServiceConfig, 'database' | 'dataDir' | 'queue'>
): Promise<{ store: Store; queue: ScanQueue }> {
  const store = await openStore({
    ...(o.database !== undefined ? { database: o.database } : {}),
    ...(o.dataDir !== undefined ? { dataDir: o.dataDir } : {}),
  })
  const options = { ...DEFAULT_QUEUE_OPTIONS, leaseMs: 30_000, ...o.queue }
  const queue = isPostgresUrl(o.database)
    ? await openPgBossQueue(o.database, store.sql, {
        ...options,
        // pg-boss renews a lease by heartbeat only from 20 s, and expires leases on its own
        // monitor cycle: a lease under 90 s is raised to 90 s, whatever the options say.
        leaseMs: Math.max(options.leaseMs, 90_000),
      })
    : await openSqliteQueue(store.sql, options)
  return { store, queue }
}

/**
 * `harbourscan serve`: API + web app + in-process workers. Refuses a non-loopback address
 * unless at least one API token exists (no anonymous access from the network).
 */
export async function startService(config: ServiceConfig): Promise<RunningService> {
  const { store, queue } = await openBackend(config)
  const loopback = isLoopback(config.host)
  if (!loopback && (await store.activeTokenCount()) === 0) {
    await queue.close()
    await store.close()
    throw new UsageError(
      `Refusing to listen on ${config.host} without API tokens: anyone on the network could use it. Create one with "harbourscan org create <name>" and "harbourscan org token create <name>", or bind to 127.0.0.1.`
    )
  }
  await store.ensureOrg(LOCAL_ORG)
  const settings: ScanSettings = { ...DEFAULT_SETTINGS, ...config.settings }
  const ctx: ServiceContext = {
    store,
    queue,
    bus: new EventBus(),
    settings,
    loopback,
    rateLimitPerMinute: config.rateLimitPerMinute ?? 600,
    sseMaxMs: 10 * 60_000,
    ssePollMs: config.ssePollMs ?? 1_000,
    bodies: new BodyCache(BODY_CACHE_BYTES),
  }
  const stop = new AbortController()
  const leaseMs = config.queue?.leaseMs ?? 30_000
  const workers =
    (config.concurrency ?? 8) > 0
      ? runWorkers({
          queue,
          store,
          bus: ctx.bus,
          settings,
          concurrency: config.concurrency ?? 8,
          perIpConcurrency: config.perIpConcurrency ?? 4,
          heartbeatMs: Math.max(200, Math.floor(leaseMs / 3)),
          ...(queue.engine === 'pg-boss' ? { cooldownMs: config.queue?.groupIntervalMs ?? 0 } : {}),
          signal: stop.signal,
        })
      : Promise.resolve()
  const app = createApp(ctx)
  const url = await new Promise<{ url: string; server: ReturnType<typeof serve> }>((resolve) => {
    const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, (info) => {
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address
      resolve({ url: `http://${host}:${info.port}/`, server })
    })
  })
  let closing: Promise<void> | undefined
  return {
    url: url.url,
    ctx,
    close: () =>
      (closing ??= (async () => {
        stop.abort()
        await new Promise<void>((done) => {
          url.server.close(() => done())
          ;(url.server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.()
        })
        await workers
        await queue.close()
        await store.close()
      })()),
  }
}
