/**
 * TLS range presets: one site per planted TLS problem, plus a clean Mozilla "modern" site and an
 * "intermediate" site. Node-served sites use the range API; legacy ones (SSLv2/3, RC4, 3DES,
 * compression, no RFC 5746) use the ServerHello emulator in tls-sites-legacy.ts.
 */
import { weakDhParams } from './dh.ts'
import { startRange, type Range, type SiteSpec } from './index.ts'
import { HSTS_TWO_YEARS, INTERMEDIATE_CIPHERS, PRESETS, type PresetName } from './sites.ts'
import { startLegacyServer, type LegacyServer, type LegacyServerSpec } from './tls-sites-legacy.ts'

/** A non-empty staple: the range server sends it as is; scanners only check that one came. */
export const FAKE_OCSP = Buffer.from('harbourscan-test-ocsp-response')
const HSTS = { 'strict-transport-security': HSTS_TWO_YEARS }
const MODERN_GROUPS = 'X25519:prime256v1:secp384r1'

export const TLS_SITES: Record<string, () => SiteSpec> = {
  /** Mozilla "modern" 6.0: TLS 1.3 only, ECDSA P-256, HSTS two years, OCSP stapled. */
  'tls-modern': () => ({
    name: 'tls-modern',
    tls: {
      cert: 'ecdsa',
      minVersion: 'TLSv1.3',
      maxVersion: 'TLSv1.3',
      ecdhCurve: MODERN_GROUPS,
      ocspResponse: FAKE_OCSP,
    },
    headers: HSTS,
  }),
  /** Mozilla "intermediate" 6.0: TLS 1.2 + 1.3, six ECDHE AEAD suites, RSA-2048. */
  'tls-intermediate': () => ({
    name: 'tls-intermediate',
    tls: {
      cert: 'valid',
      minVersion: 'TLSv1.2',
      maxVersion: 'TLSv1.3',
      ciphers: INTERMEDIATE_CIPHERS,
      ecdhCurve: MODERN_GROUPS,
      ocspResponse: FAKE_OCSP,
    },
    headers: HSTS,
  }),
  /** Intermediate suites, TLS 1.2 only, no staple: tls-1-3-missing, tls-ocsp-stapling-missing. */
  'tls-no-tls13': () => ({
    name: 'tls-no-tls13',
    tls: {
      cert: 'valid',
      minVersion: 'TLSv1.2',
      maxVersion: 'TLSv1.2',
      ciphers: INTERMEDIATE_CIPHERS,
    },
    headers: HSTS,
  }),
  /** RSA key exchange + CBC only: no forward secrecy, no AEAD. */
  'tls-rsa-cbc': () => ({
    name: 'tls-rsa-cbc',
    tls: {
      cert: 'valid',
      minVersion: 'TLSv1.2',
      maxVersion: 'TLSv1.2',
      ciphers: 'AES128-SHA:AES256-SHA256',
      ocspResponse: FAKE_OCSP,
    },
    headers: HSTS,
  }),
  /** DHE with a 1024-bit group next to ECDHE. */
  'tls-dh1024': () => ({
    name: 'tls-dh1024',
    tls: {
      cert: 'valid',
      minVersion: 'TLSv1.2',
      maxVersion: 'TLSv1.3',
      ciphers: `ECDHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES128-GCM-SHA256:@SECLEVEL=0`,
      dhparam: weakDhParams(1024),
      ocspResponse: FAKE_OCSP,
    },
    headers: HSTS,
  }),
  /** TLS 1.0 only: deprecated protocol, no TLS 1.2. */
  'tls-tls10-only': () => ({
    name: 'tls-tls10-only',
    tls: {
      cert: 'valid',
      minVersion: 'TLSv1',
      maxVersion: 'TLSv1',
      ciphers: 'ECDHE-RSA-AES128-SHA:@SECLEVEL=0',
      ocspResponse: FAKE_OCSP,
    },
    headers: HSTS,
  }),
}

/** Certificate presets from sites.ts used by the TLS tests (each with one planted defect). */
export const CERT_PRESETS: readonly PresetName[] = [
  'expired',
  'wrong-name',
  'self-signed',
  'not-yet-valid',
  'incomplete-chain',
  'expiring-soon',
  'sha1',
  'weak-key',
  'weak',
]

export const LEGACY_SITES: Record<string, LegacyServerSpec> = {
  /** SSLv2 + SSLv3 + TLS 1.0, RC4 and EXPORT, DEFLATE, no RFC 5746. */
  'legacy-ssl': {
    versions: [0x0300, 0x0301],
    suites: [0x0005, 0x0004, 0x0003],
    compression: true,
    secureRenegotiation: false,
    sslv2: true,
  },
  /** TLS 1.0–1.2 with 3DES only (SWEET32), otherwise ordinary. */
  'legacy-3des': {
    versions: [0x0301, 0x0302, 0x0303],
    suites: [0xc012, 0x000a],
    secureRenegotiation: true,
  },
  /** Hostile: a 10 MB Certificate message after the ServerHello. */
  'hostile-huge-chain': {
    versions: [0x0301, 0x0302, 0x0303],
    suites: [0xc02f, 0xc013],
    secureRenegotiation: true,
    hugeChain: true,
  },
}

export interface TlsRange {
  range: Range
  legacy: Record<string, LegacyServer>
  /** https://localhost:port/ URL and port of any site (range or legacy). */
  port(name: string): number
  close(): Promise<void>
}

export async function startTlsRange(
  names: readonly string[] = [...Object.keys(TLS_SITES), ...CERT_PRESETS, 'clean']
): Promise<TlsRange> {
  const specs = names.flatMap((n) =>
    TLS_SITES[n] ? [TLS_SITES[n]()] : n in PRESETS ? [PRESETS[n as PresetName]] : []
  )
  const range = await startRange(specs)
  const legacy: Record<string, LegacyServer> = {}
  for (const n of names) {
    const spec = LEGACY_SITES[n]
    if (spec) legacy[n] = await startLegacyServer(spec)
  }
  return {
    range,
    legacy,
    port: (name) => legacy[name]?.port ?? range.site(name).port,
    close: async () => {
      await Promise.all([range.close(), ...Object.values(legacy).map((l) => l.close())])
    },
  }
}
