import type { X509Certificate } from 'node:crypto'
import type { TrustFacts } from '../artifacts.ts'
import { safeVerify } from './certificate-facts.ts'
import type { TrustStore } from './trust-store.ts'

const MAX_PATH = 10

/**
 * Path building on our own, ignoring dates and names (those are judged separately): does the
 * served chain lead to a trusted root? If not, would it with a trust-store intermediate the server
 * did not send? (An incomplete chain caps SSL Labs' grade at B; an unknown root is T.)
 */
export function evaluateTrust(
  served: readonly X509Certificate[],
  store: TrustStore,
  opensslError?: string
): TrustFacts {
  const base = opensslError ? { opensslError } : {}
  const leaf = served[0]
  if (!leaf) return { chainVerified: false, missingIntermediate: false, ...base }
  if (reachesRoot(leaf, served, store.certificates))
    return { chainVerified: true, missingIntermediate: false, ...base }
  // Same walk with the store's certificates allowed as intermediates: success means "incomplete".
  const helped = reachesRoot(leaf, [...served, ...store.certificates], store.certificates)
  return { chainVerified: false, missingIntermediate: helped, ...base }
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
