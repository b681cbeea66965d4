import type { X509Certificate } from 'node:crypto'
import type { TrustFacts } from '../artifacts.ts'
import { safeVerify } from './certificate-facts.ts'
import type { TrustStore } from './trust-store.ts'

const MAX_PATH = 10

export interface TrustInputs {
  /** Node's authorizationError code, kept as evidence. */
  opensslError?: string
  /** CA Issuers certificates fetched for an incomplete chain (AIA). */
  fetched?: readonly X509Certificate[]
  /** The store root Node appended to the peer chain (tls.md pitfall 10), if it is one of ours. */
  anchor?: X509Certificate
}

/**
 * Path building on our own, ignoring dates and names (those are judged separately): does the
 * served chain lead to a trusted root? If not, would it with a trust-store certificate or a
 * fetched CA Issuers certificate the server did not send? (An incomplete chain caps SSL Labs'
 * grade at B; an unknown root is T.)
 */
export function evaluateTrust(
  served: readonly X509Certificate[],
  store: TrustStore,
  inputs: TrustInputs = {}
): TrustFacts {
  const base = inputs.opensslError ? { opensslError: inputs.opensslError } : {}
  const leaf = served[0]
  if (!leaf) return { chainVerified: false, missingIntermediate: false, ...base }
  // Fast path: judge with the trusted roots already at hand (the --ca roots, the root Node
  // appended, any root the server sent). Both answers below only flip from "no" to "yes" when
  // roots are added, so a "verified, issuer present" from this subset is what all roots say.
  const known = [...store.extra, ...[...served, inputs.anchor].filter((c) => isRoot(c, store))]
  if (known.length > 0 && reachesRoot(leaf, served, known) && !lastIssuerMissing(served, known))
    return { chainVerified: true, missingIntermediate: false, issuerMissing: false, ...base }
  // Anything else (untrusted, incomplete, an issuer we did not see) needs every root parsed.
  const roots = store.certificates()
  const issuerMissing = lastIssuerMissing(served, roots)
  if (reachesRoot(leaf, served, roots))
    return { chainVerified: true, missingIntermediate: false, issuerMissing, ...base }
  // Same walk with extra certificates allowed as intermediates: success means "incomplete".
  const pool = [...served, ...(inputs.fetched ?? []), ...roots]
  const helped = reachesRoot(leaf, pool, roots)
  return { chainVerified: false, missingIntermediate: helped, issuerMissing, ...base }
}

function isRoot(cert: X509Certificate | undefined, store: TrustStore): cert is X509Certificate {
  return cert !== undefined && store.has(cert)
}

/** The served chain stops at a certificate that is neither self-signed nor signed by a root. */
function lastIssuerMissing(
  served: readonly X509Certificate[],
  roots: readonly X509Certificate[]
): boolean {
  const last = served.at(-1)
  if (!last) return false
  if (safeVerify(last, last)) return false
  return !roots.some((root) => safeVerify(last, root))
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
