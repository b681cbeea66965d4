import type { CertificateFacts } from '../../scanner/artifacts.ts'
import type { Evidence } from '../types.ts'

const DAY_MS = 86_400_000

/** Whole days from `now` until the certificate expires (negative once expired). */
export function daysUntilExpiry(cert: CertificateFacts, now: Date): number {
  return Math.floor((Date.parse(cert.validTo) - now.getTime()) / DAY_MS)
}

export function isoDate(iso: string): string {
  return iso.slice(0, 10)
}

/** The evidence every certificate finding carries: who it is for, who signed it, when valid. */
export function certificateEvidence(cert: CertificateFacts): Evidence[] {
  const names = [...cert.subjectAltNames.dns, ...cert.subjectAltNames.ip]
  return [
    { label: 'Subject', value: cert.subject },
    { label: 'Names', value: names.length > 0 ? names.join(', ') : (cert.commonName ?? '(none)') },
    { label: 'Issuer', value: cert.issuer },
    { label: 'Valid', value: `${cert.validFrom} – ${cert.validTo}` },
    { label: 'SHA-256 fingerprint', value: cert.fingerprint256 },
  ]
}
