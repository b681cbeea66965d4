import { LAZY_COLLECTORS } from './lazy.ts'
import type { Collector } from './types.ts'

/**
 * Every collector, loaded. The one list is LAZY_COLLECTORS (lazy.ts), which scans use so that a
 * `--only` scan imports only what it needs; this is for callers that want them all at once.
 */
export async function loadCollectors(): Promise<Collector[]> {
  return Promise.all(LAZY_COLLECTORS.map((c) => c.load()))
}
