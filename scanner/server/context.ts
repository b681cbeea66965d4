import type { ScanSettings } from '../batch/scan-job.ts'
import type { EventBus } from '../queue/bus.ts'
import type { ScanQueue } from '../queue/types.ts'
import type { Store } from '../store/index.ts'
import type { BodyCache } from './body-cache.ts'
import type { Org } from '../store/types.ts'

/** Everything a request handler may use. Built once by startService(). */
export interface ServiceContext {
  store: Store
  queue: ScanQueue
  bus: EventBus
  settings: ScanSettings
  /** Bound to loopback: requests without a token may act as the "local" organisation. */
  loopback: boolean
  /** Requests per minute per token (or per client IP in local mode). */
  rateLimitPerMinute: number
  /** SSE streams end after this long (clients reconnect). */
  sseMaxMs: number
  /** SSE poll period, for workers in other processes. */
  ssePollMs: number
  /** Serialised JSON of finished scans, keyed by organisation and id. */
  bodies: BodyCache
}

export type AppEnv = { Variables: { org: Org; rateKey: string } }
