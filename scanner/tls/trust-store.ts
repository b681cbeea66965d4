import { hash, X509Certificate } from 'node:crypto'
import { readFileSync } from 'node:fs'
import tls from 'node:tls'
import { HarbourScanError } from '../errors.ts'

/**
 * What we call trusted: Node's bundled (Mozilla-derived) roots plus the operator's --ca roots.
 * Not NODE_EXTRA_CA_CERTS or the system store: a verdict must not depend on the scanning machine.
 */
export interface TrustStore {
  /** SHA-256 of every trusted root's DER, in X509Certificate.fingerprint256 form. */
  fingerprints: ReadonlySet<string>
  /** The operator's --ca roots, parsed on load (a handful). */
  extra: readonly X509Certificate[]
  /**
   * Every trusted root, parsed. Parsing Node's ~146 bundled roots costs 8–20 ms of CPU, so it
   * happens on the first call only (once per process), when a chain cannot be judged from the
   * roots the handshake already showed (see trust.ts).
   */
  certificates(): readonly X509Certificate[]
}

let bundledFingerprints: readonly string[] | undefined
let bundledRoots: readonly X509Certificate[] | undefined

/** Loads the --ca files; Node's bundled roots are only fingerprinted here, not parsed. */
export function loadTrustStore(extraCaFiles: readonly string[] = []): TrustStore {
  bundledFingerprints ??= tls.rootCertificates.map(pemFingerprint)
  const extra = extraCaFiles
    .flatMap((file) => splitPems(readCaFile(file), file))
    .map((pem) => new X509Certificate(pem))
  let all: readonly X509Certificate[] | undefined
  return {
    fingerprints: new Set([...bundledFingerprints, ...extra.map((c) => c.fingerprint256)]),
    extra,
    certificates: () => {
      bundledRoots ??= tls.rootCertificates.map((pem) => new X509Certificate(pem))
      return (all ??= [...bundledRoots, ...extra])
    },
  }
}

/** The fingerprint256 of a one-certificate PEM, without building an X509Certificate. */
export function pemFingerprint(pem: string): string {
  // Buffer's base64 decoder skips the line breaks; only the armour lines must go.
  const body = pem.slice(pem.indexOf('\n', pem.indexOf('-----BEGIN')), pem.indexOf('-----END'))
  const hex = hash('sha256', Buffer.from(body, 'base64'), 'hex').toUpperCase()
  let out = hex.slice(0, 2)
  for (let i = 2; i < hex.length; i += 2) out += `:${hex.slice(i, i + 2)}`
  return out
}

function readCaFile(file: string): string {
  try {
    return readFileSync(file, 'utf8')
  } catch (cause) {
    throw new HarbourScanError('E_USAGE', `Cannot read the --ca file ${file}`, { cause })
  }
}

export function splitPems(text: string, source = 'input'): string[] {
  const pems = text.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? []
  if (pems.length === 0)
    throw new HarbourScanError('E_USAGE', `No PEM certificate found in ${source}`)
  return pems.map((pem) => `${pem}\n`)
}
