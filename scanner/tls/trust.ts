import type { X509Certificate } from 'node:crypto'
import type { TrustFacts } from '../artifacts.ts'
import { safeVerify } from './certificate-facts.ts'
import type { TrustStore } from './trust-store.ts'

const MAX_PATH = 10

/**
 * Path building on our own, ignoring dates and names (those are judged separately): does the
 * served chain lead to a trusted root? If not, would it with a trust-store certificate or a
 * fetched CA Issuers certificate the server did not send? (An incomplete chain caps SSL Labs'
 * grade at B; an unknown root is T.)
 */
export function evaluateTrust(
  served: readonly X509Certificate[],
  store: TrustStore,
  opensslError?: string,
  fetched: readonly X509Certificate[] = []
): TrustFacts {
  const base = opensslError ? { opensslError } : {}
  const leaf = served[0]
  if (!leaf) return { chainVerified: false, missingIntermediate: false, ...base }
  const issuerMissing = lastIssuerMissing(served, store)
  if (reachesRoot(leaf, served, store.certificates))
    return { chainVerified: true, missingIntermediate: false, issuerMissing, ...base }
  // Same walk with extra certificates allowed as intermediates: success means "incomplete".
  const pool = [...served, ...fetched, ...store.certificates]
  const helped = reachesRoot(leaf, pool, store.certificates)
  return { chainVerified: false, missingIntermediate: helped, issuerMissing, ...base }
}

/** The served chain stops at a certificate that is neither self-signed nor signed by a root. */
function lastIssuerMissing(served: readonly X509Certificate[], store: TrustStore): boolean {
  const last = served.at(-1)
  if (!last) return false
  if (safeVerify(last, last)) return false
  return !store.certificates.some((root) => safeVerify(last, root))
}

function reachesRoot(
  leaf: X509Certificate,
  pool: readonly X509Certificate[],
  roots: readonly X509Certificate[]
): boolean {
  let current = leaf
  const seen = new Set<string>()
  for (let depth = 0; depth < MAX_PATH; depth++) {
    if (roots.some((root) => root.fingerprint256 === current.fingerprint256)) return true
    if (roots.some((root) => safeVerify(current, root))) return true
    seen.add(current.fingerprint256)
    const next = pool.find((c) => !seen.has(c.fingerprint256) && safeVerify(current, c))
    if (!next) return false
    current = next
  }
  return false
}
