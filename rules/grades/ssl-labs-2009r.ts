/**
 * SSL Labs SSL Server Rating Guide as data, each entry tagged with the guide version that
 * introduced it (2009k tables; 2009q and 2009r caps/warnings), so the logic can be audited.
 * Source: tls.md §5 (the guide text; testssl.sh's rating read, not copied).
 */
import type { TlsProtocolName } from '../../scanner/artifacts.ts'

export const GUIDE_VERSION = '2009r'

export const WEIGHTS = { protocol: 0.3, keyExchange: 0.3, cipher: 0.4, guide: '2009k' } as const

export const PROTOCOL_SCORE: Readonly<Record<TlsProtocolName, number>> = {
  SSLv2: 0,
  SSLv3: 80,
  TLSv1: 90,
  'TLSv1.1': 95,
  'TLSv1.2': 100,
  'TLSv1.3': 100,
}

/** Key exchange by RSA/DH bits (guide 2009k table): [upper bound exclusive, score]. */
export const KX_BITS: readonly [number, number][] = [
  [512, 20],
  [1024, 40],
  [2048, 80],
  [4096, 90],
  [Infinity, 100],
]

/** EC key sizes (no table in the guide; testssl's mapping): [upper bound exclusive, score]. */
export const KX_EC_BITS: readonly [number, number][] = [
  [110, 20],
  [123, 40],
  [163, 80],
  [225, 90],
  [Infinity, 100],
]

/** Cipher strength by key bits: [upper bound exclusive, score]. 0 bits scores 0. */
export const CIPHER_BITS: readonly [number, number][] = [
  [1, 0],
  [128, 20],
  [256, 80],
  [Infinity, 100],
]

export const THRESHOLDS: readonly [number, string][] = [
  [80, 'A'],
  [65, 'B'],
  [50, 'C'],
  [35, 'D'],
  [20, 'E'],
  [0, 'F'],
]

export type CapLetter = 'F' | 'C' | 'B'

export interface CapRule {
  id: string
  cap: CapLetter
  since: string
  text: string
}

export const CAPS: readonly CapRule[] = [
  { id: 'sslv2', cap: 'F', since: '2009k', text: 'SSL 2.0 is accepted' },
  { id: 'sslv3-best', cap: 'F', since: '2009k', text: 'SSL 3.0 is the best protocol' },
  { id: 'export-suite', cap: 'F', since: '2009k', text: 'EXPORT suites are accepted' },
  { id: 'anon-suite', cap: 'F', since: '2009k', text: 'anonymous suites are accepted' },
  { id: 'cipher<112', cap: 'F', since: '2009k', text: 'suites under 112 bits are accepted' },
  { id: 'rc4-only', cap: 'F', since: '2009k', text: 'only RC4 suites are accepted' },
  { id: 'key<1024', cap: 'F', since: '2009k', text: 'the certificate key is under 1024 bits' },
  { id: 'md5-sig', cap: 'F', since: '2009k', text: 'the certificate is signed with MD5' },
  { id: 'no-tls1.2', cap: 'C', since: '2009k', text: 'neither TLS 1.2 nor TLS 1.3 is offered' },
  { id: 'crime', cap: 'C', since: '2009k', text: 'TLS compression is enabled (CRIME)' },
  { id: 'poodle-ssl3', cap: 'C', since: '2009k', text: 'SSL 3.0 with CBC suites (POODLE)' },
  { id: 'rc4-tls1.1+', cap: 'C', since: '2009q', text: 'RC4 is used with TLS 1.1 or later' },
  { id: '64bit-tls1.1+', cap: 'C', since: '2009q', text: '3DES/64-bit block cipher with TLS 1.1+' },
  { id: 'tls1.0', cap: 'B', since: '2009q', text: 'TLS 1.0 is accepted' },
  { id: 'tls1.1', cap: 'B', since: '2009q', text: 'TLS 1.1 is accepted' },
  { id: 'sslv3', cap: 'B', since: '2009k', text: 'SSL 3.0 is accepted' },
  { id: 'rc4', cap: 'B', since: '2009k', text: 'RC4 is used' },
  { id: 'incomplete-chain', cap: 'B', since: '2009k', text: 'the certificate chain is incomplete' },
  { id: 'key<2048', cap: 'B', since: '2009k', text: 'the certificate key is under 2048 bits' },
  { id: 'dh<2048', cap: 'B', since: '2009k', text: 'DH parameters are under 2048 bits' },
  { id: 'no-fs', cap: 'B', since: '2009q', text: 'clients can end up without forward secrecy' },
  { id: 'no-aead', cap: 'B', since: '2009q', text: 'clients can end up without AEAD suites' },
]

export const WARNINGS = [
  { id: 'no-tls1.3', since: '2009r', text: 'TLS 1.3 is not offered' },
  { id: 'hsts', since: '2009r', text: 'HSTS is missing or invalid' },
  { id: 'no-secure-renegotiation', since: '2009k', text: 'secure renegotiation is not supported' },
] as const

export const A_PLUS_MIN_HSTS_MAX_AGE = 15_552_000

export function bucket(value: number, table: readonly [number, number][]): number {
  return table.find(([below]) => value < below)?.[1] ?? 100
}

export function letterFor(score: number): string {
  return THRESHOLDS.find(([min]) => score >= min)?.[1] ?? 'F'
}
