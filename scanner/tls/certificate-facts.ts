import type { X509Certificate } from 'node:crypto'
import type { CertificateFacts } from '../artifacts.ts'

/** Records what a certificate says. Judging it (expiry, names, strength) is the rules' job. */
export function certificateFacts(
  cert: X509Certificate,
  trustedFingerprints: ReadonlySet<string>
): CertificateFacts {
  const details = cert.publicKey.asymmetricKeyDetails ?? {}
  const type = cert.publicKey.asymmetricKeyType ?? 'unknown'
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
    validFrom: cert.validFromDate.toISOString(),
    validTo: cert.validToDate.toISOString(),
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

/** Node's "DNS:a, IP Address:1.2.3.4" (values with commas come JSON-quoted). */
export function parseSubjectAltName(text: string | undefined): { dns: string[]; ip: string[] } {
  const result = { dns: [] as string[], ip: [] as string[] }
  if (!text) return result
  for (const match of text.matchAll(/(DNS|IP Address):("(?:[^"\\]|\\.)*"|[^,]*)/g)) {
    const raw = match[2]!.trim()
    const value = raw.startsWith('"') ? (JSON.parse(raw) as string) : raw
    if (match[1] === 'DNS') result.dns.push(value)
    else result.ip.push(value)
  }
  return result
}

function parseInfoAccess(text: string | undefined): Record<string, string[]> {
  const out: Record<string, string[]> = {}
  for (const line of (text ?? '').split('\n')) {
    const i = line.indexOf(':')
    if (i <= 0) continue
    const key = line.slice(0, i)
    const raw = line.slice(i + 1).trim()
    ;(out[key] ??= []).push(raw.startsWith('"') ? (JSON.parse(raw) as string) : raw)
  }
  return out
}

function oneLine(dn: string): string {
  return dn.split('\n').join(', ')
}
