/**
 * What each TLS cipher suite is made of, derived from its IANA name (the registry names encode
 * key exchange, authentication, cipher and MAC). Data in cipher-suites-data.ts.
 */
import { CIPHER_SUITE_DATA } from './cipher-suites-data.ts'

export type ProtocolName = 'SSLv2' | 'SSLv3' | 'TLSv1' | 'TLSv1.1' | 'TLSv1.2' | 'TLSv1.3'

export interface CipherSuite {
  id: number
  /** IANA name, e.g. TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256 */
  name: string
  /** OpenSSL's name when OpenSSL implements it. */
  openssl?: string
  /** Key exchange: RSA, DHE, ECDHE, DH, ECDH, PSK, SRP, KRB5, GOST, NULL, ANY (TLS 1.3) … */
  kx: string
  /** Authentication: RSA, DSS, ECDSA, anon, PSK, NULL, ANY … */
  auth: string
  /** Bulk cipher family: AES, CHACHA20, 3DES, RC4, DES, NULL … */
  enc: string
  /** Effective symmetric key bits (3DES counts 112, NULL 0). */
  bits: number
  /** 64-bit block cipher (SWEET32): 3DES, DES, IDEA, RC2, GOST 28147/Magma. */
  block64: boolean
  aead: boolean
  /** Ephemeral key exchange (forward secrecy), anonymous ones included. */
  fs: boolean
  anon: boolean
  export: boolean
  /** Lowest protocol the suite can be used with. */
  minVersion: ProtocolName
  tls13: boolean
}

const ENC: readonly [RegExp, string, number, boolean][] = [
  // [pattern on the cipher part, family, bits, 64-bit block]
  [/^NULL/, 'NULL', 0, false],
  [/^RC4_40|^RC4_56/, 'RC4', 40, false],
  [/^RC4_128/, 'RC4', 128, false],
  [/^RC2_CBC_40|^RC2_CBC_56/, 'RC2', 40, true],
  [/^DES40_CBC|^DES_CBC_40/, 'DES', 40, true],
  [/^DES_CBC/, 'DES', 56, true],
  [/^3DES_EDE_CBC/, '3DES', 112, true],
  [/^IDEA_CBC/, 'IDEA', 128, true],
  [/^SEED_CBC/, 'SEED', 128, false],
  [/^(AES|CAMELLIA|ARIA)_128/, '', 128, false],
  [/^(AES|CAMELLIA|ARIA)_256/, '', 256, false],
  [/^CHACHA20_POLY1305/, 'CHACHA20', 256, false],
  [/^SM4/, 'SM4', 128, false],
  [/^KUZNYECHIK/, 'KUZNYECHIK', 256, false],
  [/^MAGMA|^28147/, 'GOST28147', 256, true],
]

/** TLS 1.3 suites: RFC 8446, SM4 (RFC 8998), integrity-only (RFC 9150), GOST MGM (RFC 9367). */
const TLS13_IDS: ReadonlySet<number> = new Set([
  0x1301, 0x1302, 0x1303, 0x1304, 0x1305, 0x00c6, 0x00c7, 0xc0b4, 0xc0b5, 0xc103, 0xc104, 0xc105,
  0xc106,
])

function splitKx(kxPart: string): { kx: string; auth: string } {
  const parts = kxPart.split('_')
  const [first = '', second] = parts
  if (first === 'NULL') return { kx: 'NULL', auth: 'NULL' }
  if (first === 'KRB5') return { kx: 'KRB5', auth: 'KRB5' }
  if (first === 'SRP') return { kx: 'SRP', auth: parts[2] ?? 'SRP' }
  if (first === 'ECCPWD') return { kx: 'ECCPWD', auth: 'ECCPWD' }
  if (first.startsWith('GOSTR')) return { kx: 'GOST', auth: 'GOST' }
  if (first === 'PSK') return { kx: second === 'DHE' ? 'DHE' : 'PSK', auth: 'PSK' }
  if (second === 'PSK') return { kx: first, auth: 'PSK' }
  if (first === 'RSA') return { kx: 'RSA', auth: 'RSA' }
  return { kx: first, auth: second ?? first }
}

export function describeSuite(id: number, name: string, openssl?: string): CipherSuite {
  const base = { id, name, ...(openssl ? { openssl } : {}) }
  const body = name.replace(/^(TLS|SSL)_/, '')
  const withAt = body.indexOf('_WITH_')
  const tls13 = TLS13_IDS.has(id)
  let kxPart = withAt === -1 ? (tls13 ? 'ANY_ANY' : 'ANY') : body.slice(0, withAt)
  const cipherPart = withAt === -1 ? body : body.slice(withAt + 6)
  const exported = /EXPORT/.test(kxPart)
  kxPart = kxPart.replace(/_EXPORT1024|_EXPORT/, '')
  const { kx, auth } = tls13 ? { kx: 'ANY', auth: 'ANY' } : splitKx(kxPart)
  const enc = ENC.find(([re]) => re.test(cipherPart))
  const family = enc ? enc[1] || (cipherPart.split('_')[0] ?? '') : (cipherPart.split('_')[0] ?? '')
  let bits = enc?.[2] ?? 0
  if (/EXPORT1024_WITH_(RC4|RC2_CBC)_56|EXPORT1024_WITH_DES/.test(name)) bits = 56
  if (/SHA256_SHA256|SHA384_SHA384|NULL_GOSTR3411/.test(name)) bits = 0
  const aead = /GCM|CCM|CHACHA20_POLY1305|MGM/.test(cipherPart)
  const anon = auth === 'anon' || kx === 'NULL'
  const fs = tls13 || ['DHE', 'ECDHE', 'ECCPWD'].includes(kx) || (anon && kx !== 'NULL')
  const sha2Mac = /_SHA(256|384)$|_SM3$/.test(cipherPart) || aead
  return {
    ...base,
    kx,
    auth,
    enc: bits === 0 && !enc ? 'NULL' : family,
    bits,
    block64: enc?.[3] ?? false,
    aead,
    fs,
    anon,
    export: exported,
    minVersion: tls13 ? 'TLSv1.3' : sha2Mac ? 'TLSv1.2' : 'SSLv3',
    tls13,
  }
}

let suites: readonly CipherSuite[] | undefined
let byId: ReadonlyMap<number, CipherSuite> | undefined

/**
 * Every registered suite, described on first use: describing ~370 suites costs a few ms, which a
 * scan that never looks at suites (`--only web`, `--only software`) should not pay at start-up.
 */
export function cipherSuites(): readonly CipherSuite[] {
  return (suites ??= CIPHER_SUITE_DATA.map(([id, name, openssl]) =>
    describeSuite(id, name, openssl)
  ))
}

export function suiteById(id: number): CipherSuite | undefined {
  return (byId ??= new Map(cipherSuites().map((s) => [s.id, s]))).get(id)
}

/** A suite we do not know (a private or future ID): treated as unknown strength. */
export function suiteOrUnknown(id: number): CipherSuite {
  return suiteById(id) ?? describeSuite(id, `UNKNOWN_0x${id.toString(16).padStart(4, '0')}`)
}

export function hexId(id: number): string {
  return `0x${id.toString(16).padStart(4, '0')}`
}

/** Insecure: no encryption, no authentication, export-grade, DES or RC4 (tls-cipher-insecure). */
export function isInsecureSuite(s: CipherSuite): boolean {
  return s.bits === 0 || s.anon || s.export || s.enc === 'DES' || s.enc === 'RC4' || s.enc === 'RC2'
}

/** Weak: 64-bit blocks (SWEET32) or under 128-bit keys, when not already insecure. */
export function isWeakSuite(s: CipherSuite): boolean {
  return !isInsecureSuite(s) && (s.block64 || s.bits < 128)
}
