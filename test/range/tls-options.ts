/** Turns a site's `tls` spec into node:https server options, with the OpenSSL 3 pitfalls handled. */
import type { SecureVersion } from 'node:tls'
import type { ServerOptions } from 'node:https'
import { dhPrimeBits } from './dh.ts'
import type { CertKind, LeafPem } from './pki.ts'

export interface SiteTlsSpec {
  cert?: CertKind
  /** More certificate chains served side by side, e.g. ['ecdsa'] next to an RSA 'valid'. */
  extraCerts?: CertKind[]
  minVersion?: SecureVersion
  maxVersion?: SecureVersion
  ciphers?: string
  honorCipherOrder?: boolean
  ecdhCurve?: string
  dhparam?: string | Buffer
  ocspResponse?: Buffer
  sigalgs?: string
}

const LEVEL0_CERTS: ReadonlySet<CertKind> = new Set(['weak-key', 'sha1'])
const LEGACY_VERSIONS: ReadonlySet<SecureVersion> = new Set(['TLSv1', 'TLSv1.1'])

/**
 * OpenSSL 3 refuses to load an RSA-1024 or SHA-1 certificate or a DH group under 2048 bits, and
 * cannot sign a TLS 1.0/1.1 handshake, above security level 0 (tls.md §2 #1, #3). A site that asks for those gets
 * `@SECLEVEL=0` appended unless its `ciphers` already names a level, so it really serves them.
 */
export function needsSecLevel0(tls: SiteTlsSpec): boolean {
  return (
    certKinds(tls).some((kind) => LEVEL0_CERTS.has(kind)) ||
    (tls.minVersion !== undefined && LEGACY_VERSIONS.has(tls.minVersion)) ||
    (tls.dhparam !== undefined && dhPrimeBits(tls.dhparam) < 2048)
  )
}

export function effectiveCiphers(tls: SiteTlsSpec): string | undefined {
  if (!needsSecLevel0(tls) || /@SECLEVEL=/i.test(tls.ciphers ?? '')) return tls.ciphers
  return `${tls.ciphers ?? 'DEFAULT'}:@SECLEVEL=0`
}

export function certKinds(tls: SiteTlsSpec): CertKind[] {
  return [tls.cert ?? 'valid', ...(tls.extraCerts ?? [])]
}

export function tlsServerOptions(
  tls: SiteTlsSpec,
  leafFor: (kind: CertKind) => LeafPem
): ServerOptions {
  const leaves = certKinds(tls).map(leafFor)
  const options: ServerOptions = {
    key: leaves.map((leaf) => ({ pem: leaf.key })),
    cert: leaves.map((leaf) => leaf.cert),
  }
  const ciphers = effectiveCiphers(tls)
  if (ciphers !== undefined) options.ciphers = ciphers
  if (tls.minVersion !== undefined) options.minVersion = tls.minVersion
  if (tls.maxVersion !== undefined) options.maxVersion = tls.maxVersion
  if (tls.honorCipherOrder !== undefined) options.honorCipherOrder = tls.honorCipherOrder
  if (tls.ecdhCurve !== undefined) options.ecdhCurve = tls.ecdhCurve
  if (tls.dhparam !== undefined) options.dhparam = tls.dhparam
  if (tls.sigalgs !== undefined) options.sigalgs = tls.sigalgs
  return options
}
