import { openTlsSession, type TlsSession } from '../net/tls-session.ts'
import { httpsOrigin } from './https-origin.ts'
import type { CollectorContext } from './types.ts'

const sessions = new WeakMap<CollectorContext, Promise<TlsSession | null>>()

/**
 * The scan's one TLS probe session (null = no HTTPS origin): every tls-* collector of a scan
 * shares its pinned address and its per-host connection cap.
 */
export function tlsSessionFor(ctx: CollectorContext): Promise<TlsSession | null> {
  let session = sessions.get(ctx)
  if (!session) {
    session = httpsOrigin(ctx).then((origin) =>
      origin ? openTlsSession({ ...origin, policy: ctx.options.policy, signal: ctx.signal }) : null
    )
    sessions.set(ctx, session)
  }
  return session
}

export const NO_HTTPS =
  'The site does not offer HTTPS (the plain-HTTP site does not redirect to it)'
