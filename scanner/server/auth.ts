import type { MiddlewareHandler } from 'hono'
import { getConnInfo } from '@hono/node-server/conninfo'
import { hashToken, isWellFormedToken } from '../store/ids.ts'
import { LOCAL_ORG } from '../store/orgs.ts'
import type { Org } from '../store/types.ts'
import type { AppEnv, ServiceContext } from './context.ts'
import { problem } from './problem.ts'

const TOKEN_COUNT_TTL_MS = 2_000

/**
 * Bearer tokens (`hs_…`, looked up by SHA-256) pick the organisation. Without a token, only a
 * server bound to loopback with no active token at all acts as the "local" organisation; any other
 * request is refused. Tokens never travel in URLs.
 */
export function auth(ctx: ServiceContext): MiddlewareHandler<AppEnv> {
  let cached: { at: number; count: number } | undefined
  const tokenCount = async () => {
    if (!cached || Date.now() - cached.at > TOKEN_COUNT_TTL_MS) {
      cached = { at: Date.now(), count: await ctx.store.activeTokenCount() }
    }
    return cached.count
  }
  // The local organisation is created once and never changes: no write per request.
  let localOrg: Org | undefined
  return async (c, next) => {
    const header = c.req.header('authorization')
    if (header !== undefined) {
      const token = /^Bearer (\S+)$/i.exec(header)?.[1]
      if (!token || !isWellFormedToken(token))
        return problem(c, 401, 'E_AUTH_INVALID', 'The bearer token is malformed', {
          'www-authenticate': 'Bearer',
        })
      const org = await ctx.store.orgForToken(token)
      if (!org)
        return problem(c, 401, 'E_AUTH_INVALID', 'The token is unknown or revoked', {
          'www-authenticate': 'Bearer',
        })
      c.set('org', org)
      c.set('rateKey', `token:${hashToken(token).slice(0, 16)}`)
      return next()
    }
    if (ctx.loopback && (await tokenCount()) === 0) {
      const refusal = localRefusal(c.req.raw)
      if (refusal) return problem(c, 403, refusal.code, refusal.detail)
      c.set('org', (localOrg ??= await ctx.store.ensureOrg(LOCAL_ORG)))
      c.set('rateKey', `ip:${clientIp(c)}`)
      return next()
    }
    return problem(c, 401, 'E_AUTH_REQUIRED', 'Send an API token: Authorization: Bearer hs_…', {
      'www-authenticate': 'Bearer',
    })
  }
}

const LOOPBACK_HOST = /^(127(?:\.\d{1,3}){3}|localhost|\[::1\])(:\d{1,5})?$/i
const UNSAFE = /^(POST|PUT|PATCH|DELETE)$/

/**
 * Token-less local mode trusts the machine, not the browser: a page on another site must not
 * drive it. The Host must be a loopback name (a DNS-rebinding page sends its own name), and an
 * unsafe request from a browser must come from our own origin (browsers send Origin and
 * Sec-Fetch-Site; a CLI client sends neither and is not a CSRF vector).
 */
function localRefusal(req: Request): { code: string; detail: string } | undefined {
  const host = req.headers.get('host') ?? ''
  if (!LOOPBACK_HOST.test(host))
    return { code: 'E_HOST_NOT_ALLOWED', detail: 'Local mode answers only to loopback host names' }
  if (!UNSAFE.test(req.method)) return undefined
  const origin = req.headers.get('origin')
  const site = req.headers.get('sec-fetch-site')
  const own = new URL(req.url).origin
  if (
    (origin !== null && origin !== own) ||
    (site !== null && site !== 'same-origin' && site !== 'none')
  )
    return { code: 'E_CROSS_SITE', detail: 'Cross-site requests are refused' }
  return undefined
}

export function clientIp(c: Parameters<MiddlewareHandler>[0]): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown'
  } catch {
    return 'unknown'
  }
}
