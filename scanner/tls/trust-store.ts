import { hash, X509Certificate } from 'node:crypto'
import { readFileSync } from 'node:fs'
import tls from 'node:tls'
import { HarbourScanError } from '../errors.ts'

/**
 * What we call trusted: Node's bundled (Mozilla-derived) roots plus the operator's --ca roots.
 * Not NODE_EXTRA_CA_CERTS or the system store: a verdict must not depend on the scanning machine.
 */
export interface TrustStore {
  /** Is this certificate (same DER) one of the trusted roots? */
  has(cert: X509Certificate): boolean
  /** The operator's --ca roots, parsed on load (a handful). */
  extra: readonly X509Certificate[]
  /**
   * Every trusted root, parsed. Parsing Node's ~146 bundled roots costs 8–20 ms of CPU, so it
   * happens on the first call only (once per process), when a chain cannot be judged from the
   * roots the handshake already showed (see trust.ts).
   */
  certificates(): readonly X509Certificate[]
}

// Per process: the SHA-256 (hex) of each bundled root's DER, and the parsed roots once needed.
let bundledDigests: ReadonlySet<string> | undefined
let bundledRoots: readonly X509Certificate[] | undefined

/** Loads the --ca files; Node's bundled roots are only hashed here, not parsed. */
export function loadTrustStore(extraCaFiles: readonly string[] = []): TrustStore {
  const bundled = (bundledDigests ??= new Set(
    tls.rootCertificates.map((pem) => sha256(pemToDer(pem)))
  ))
  const extra = extraCaFiles
    .flatMap((file) => splitPems(readCaFile(file), file))
    .map((pem) => new X509Certificate(pem))
  const extraDigests = new Set(extra.map((cert) => sha256(cert.raw)))
  let all: readonly X509Certificate[] | undefined
  return {
    has: (cert) => {
      const digest = sha256(cert.raw)
      return bundled.has(digest) || extraDigests.has(digest)
    },
    extra,
    certificates: () => {
      bundledRoots ??= tls.rootCertificates.map((pem) => new X509Certificate(pem))
      return (all ??= [...bundledRoots, ...extra])
    },
  }
}

// Hex without colons: formatting 146 fingerprint256-style strings costs more than hashing them.
const sha256 = (der: Buffer): string => hash('sha256', der, 'hex')

/** The DER inside a one-certificate PEM (Buffer's base64 decoder skips the line breaks). */
function pemToDer(pem: string): Buffer {
  const start = pem.indexOf('\n', pem.indexOf('-----BEGIN'))
  return Buffer.from(pem.slice(start, pem.indexOf('-----END')), 'base64')
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
