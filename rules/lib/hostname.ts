import type { CertificateFacts } from '../../scanner/artifacts.ts'

/**
 * RFC 6125 host-name matching as browsers do it: SAN dNSName entries (CN only when there are no
 * SANs at all), a wildcard only as the whole left-most label and never across dots, IP literals
 * only against iPAddress entries. `host` must be ASCII (punycode) and lower-case.
 */
export function certificateMatchesHost(
  cert: CertificateFacts,
  host: string,
  isIp: boolean
): boolean {
  const wanted = host.toLowerCase().replace(/\.$/, '')
  if (isIp) return cert.subjectAltNames.ip.some((ip) => normaliseIp(ip) === normaliseIp(wanted))
  const names =
    cert.subjectAltNames.dns.length > 0 || cert.subjectAltNames.ip.length > 0
      ? cert.subjectAltNames.dns
      : cert.commonName
        ? [cert.commonName]
        : []
  return names.some((name) => dnsNameMatches(name.toLowerCase().replace(/\.$/, ''), wanted))
}

export function dnsNameMatches(pattern: string, host: string): boolean {
  if (!pattern.startsWith('*.')) return pattern === host
  const suffix = pattern.slice(1) // ".example.com"
  if (!host.endsWith(suffix)) return false
  const label = host.slice(0, host.length - suffix.length)
  // The wildcard covers exactly one non-empty label, and never a bare public suffix like *.com.
  return label.length > 0 && !label.includes('.') && suffix.split('.').length > 2
}

function normaliseIp(ip: string): string {
  return ip.replace(/^\[|\]$/g, '').toLowerCase()
}
