import { X509Certificate } from 'node:crypto'
import { readFileSync } from 'node:fs'
import tls from 'node:tls'
import { HarbourScanError } from '../errors.ts'

export interface TrustStore {
  /** PEMs to pass as `ca` to tls.connect (Node roots + extra roots). */
  pems: string[]
  certificates: X509Certificate[]
  fingerprints: Set<string>
}

let nodeRoots: X509Certificate[] | undefined

/** Node's Mozilla-derived roots plus the operator's --ca roots, parsed once per process. */
export function loadTrustStore(extraCaFiles: readonly string[] = []): TrustStore {
  nodeRoots ??= tls.rootCertificates.map((pem) => new X509Certificate(pem))
  const extraPems = extraCaFiles.flatMap((file) => splitPems(readCaFile(file), file))
  const extra = extraPems.map((pem) => new X509Certificate(pem))
  const certificates = [...nodeRoots, ...extra]
  return {
    pems: [...tls.rootCertificates, ...extraPems],
    certificates,
    fingerprints: new Set(certificates.map((c) => c.fingerprint256)),
  }
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
