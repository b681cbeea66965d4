import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from './context.ts'
import { problem } from './problem.ts'
import { addDefaultHeaders } from './response-headers.ts'

const WINDOW_MS = 60_000
const MAX_KEYS = 100_000

/**
 * Fixed one-minute windows per token (or per client IP in local mode), in memory: one process
 * serves the API. Answers 429 with Retry-After and the IETF RateLimit headers.
 */
export function rateLimit(limit: number): MiddlewareHandler<AppEnv> {
  const windows = new Map<string, { start: number; count: number }>()
  return async (c, next) => {
    const key = c.get('rateKey')
    const now = Date.now()
    let w = windows.get(key)
    if (!w || now - w.start >= WINDOW_MS) {
      if (windows.size >= MAX_KEYS) windows.clear() // bounded memory under a key flood
      w = { start: now, count: 0 }
      windows.set(key, w)
    }
    w.count += 1
    const reset = Math.max(1, Math.ceil((w.start + WINDOW_MS - now) / 1000))
    const remaining = Math.max(0, limit - w.count)
    const headers = {
      'ratelimit-policy': `${limit};w=60`,
      ratelimit: `limit=${limit}, remaining=${remaining}, reset=${reset}`,
    }
    if (w.count > limit) {
      return problem(c, 429, 'E_RATE_LIMITED', `More than ${limit} requests per minute`, {
        ...headers,
        'retry-after': String(reset),
      })
    }
    addDefaultHeaders(c, headers)
    await next()
  }
}
