import type { X509Certificate } from 'node:crypto'
import type { CertificateFacts } from '../artifacts.ts'

/**
 * Records what a certificate says. Judging it (expiry, names, strength) is the rules' job. The
 * certificate is the scanned site's (or came from its CA Issuers URL): nothing here may throw on
 * one that Node accepted as X.509 but cannot fully decode.
 */
export function certificateFacts(
  cert: X509Certificate,
  trustedFingerprints: ReadonlySet<string>
): CertificateFacts {
  const { type, details } = publicKeyOf(cert)
  const curve = details.namedCurve
  const access = parseInfoAccess(cert.infoAccess)
  const commonName = /(?:^|\n)CN=([^\n]*)/.exec(cert.subject)?.[1]
  return {
    pem: cert.toString(),
    subject: oneLine(cert.subject),
    issuer: oneLine(cert.issuer),
    ...(commonName !== undefined ? { commonName } : {}),
    serialNumber: cert.serialNumber,
    fingerprint256: cert.fingerprint256,
    validFrom: isoDate(cert.validFromDate, cert.validFrom),
    validTo: isoDate(cert.validToDate, cert.validTo),
    subjectAltNames: parseSubjectAltName(cert.subjectAltName),
    publicKey: { type, bits: keyBits(type, details), ...(curve ? { curve } : {}) },
    signatureAlgorithm: cert.signatureAlgorithm ?? cert.signatureAlgorithmOid ?? 'unknown',
    isCa: cert.ca,
    selfIssued: cert.subject === cert.issuer,
    selfSigned: cert.subject === cert.issuer && safeVerify(cert, cert),
    inTrustStore: trustedFingerprints.has(cert.fingerprint256),
    ocspUris: access['OCSP - URI'] ?? [],
    caIssuersUris: access['CA Issuers - URI'] ?? [],
  }
}

function keyBits(type: string, details: { modulusLength?: number; namedCurve?: string }): number {
  if (details.modulusLength) return details.modulusLength
  const curves: Record<string, number> = {
    prime256v1: 256,
    'P-256': 256,
    secp384r1: 384,
    'P-384': 384,
    secp521r1: 521,
    'P-521': 521,
  }
  if (details.namedCurve) return curves[details.namedCurve] ?? 0
  return type === 'ed25519' ? 256 : type === 'ed448' ? 456 : 0
}

export function safeVerify(cert: X509Certificate, issuer: X509Certificate): boolean {
  try {
    return cert.checkIssued(issuer) && cert.verify(issuer.publicKey)
  } catch {
    return false
  }
}

/** A key Node cannot decode (OpenSSL throws on reading it) is recorded as of unknown type. */
function publicKeyOf(cert: X509Certificate): {
  type: string
  details: { modulusLength?: number; namedCurve?: string }
} {
  try {
    const key = cert.publicKey
    return { type: key.asymmetricKeyType ?? 'unknown', details: key.asymmetricKeyDetails ?? {} }
  } catch {
    return { type: 'unknown', details: {} }
  }
}

/** ISO 8601, or Node's own text of the date when it is not a valid time. */
const isoDate = (date: Date, text: string) =>
  Number.isNaN(date.getTime()) ? text : date.toISOString()

/**
 * Node's "DNS:a, IP Address:1.2.3.4, URI:"http://x\u002cy"": entries split at ", " outside the
 * JSON-quoted values (Node quotes any value holding a comma, quote or control character). A
 * quoted value may itself contain "DNS:" text; it is one value, never a name of its own.
 */
export function parseSubjectAltName(text: string | undefined): { dns: string[]; ip: string[] } {
  const result = { dns: [] as string[], ip: [] as string[] }
  for (const [type, value] of altNameEntries(text ?? '')) {
    if (type === 'DNS') result.dns.push(value)
    else if (type === 'IP Address') result.ip.push(value)
  }
  return result
}

const QUOTED = /"(?:[^"\\]|\\.)*"/y

function altNameEntries(text: string): [string, string][] {
  const entries: [string, string][] = []
  let at = 0
  while (at < text.length) {
    const colon = text.indexOf(':', at)
    if (colon < 0) break
    const type = text.slice(at, colon).trim()
    QUOTED.lastIndex = colon + 1
    const quoted = QUOTED.exec(text)
    const comma = text.indexOf(', ', quoted ? QUOTED.lastIndex : colon + 1)
    const end = comma < 0 ? text.length : comma
    entries.push([type, quoted ? unquote(quoted[0]) : text.slice(colon + 1, end).trim()])
    at = end + 2
  }
  return entries
}

/** A JSON-quoted value as Node writes it; kept as written if it is not valid JSON after all. */
function unquote(raw: string): string {
  try {
    return JSON.parse(raw) as string
  } catch {
    return raw
  }
}

function parseInfoAccess(text: string | undefined): Record<string, string[]> {
  const out: Record<string, string[]> = {}
  for (const line of (text ?? '').split('\n')) {
    const i = line.indexOf(':')
    if (i <= 0) continue
    const key = line.slice(0, i)
    const raw = line.slice(i + 1).trim()
    ;(out[key] ??= []).push(raw.startsWith('"') ? unquote(raw) : raw)
  }
  return out
}

function oneLine(dn: string): string {
  return dn.split('\n').join(', ')
}
