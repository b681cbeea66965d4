/** The facts the SSL Labs grade needs, read from the TLS artifacts (pure). */
import type { CollectedArtifacts, TlsSuitesFacts } from '../../scanner/artifacts.ts'
import { suiteOrUnknown, type CipherSuite } from '../lib/cipher-suites.ts'
import { parseHsts } from '../lib/hsts.ts'
import { acceptedSuites, negotiatedSuite } from '../lib/cipher-suites-select.ts'
import { bucket, CIPHER_BITS, KX_BITS, KX_EC_BITS, PROTOCOL_SCORE } from './ssl-labs-2009r.ts'

export interface TlsFindings {
  protocols: Set<string>
  protocolScore: number
  keyExchangeScore: number
  cipherScore: number
  minCipherBits: number
  exportSuite: boolean
  anonSuite: boolean
  rc4Only: boolean
  ssl3Cbc: boolean
  noAead: boolean
  certKeyBits: number
  certKeyIsEc: boolean
  md5Sig: boolean
  sha1Leaf: boolean
  incompleteChain: boolean
  dhBits?: number
  compression: boolean
  secureRenegotiation: boolean | null
  negotiated?: CipherSuite
  negotiatedModernProtocol: boolean
  hstsMaxAge: number
  untested: string[]
}

const GROUP_BITS: Record<string, number> = {
  secp256r1: 256,
  secp384r1: 384,
  secp521r1: 521,
  x25519: 256,
  x448: 448,
  X25519MLKEM768: 256,
}

export function tlsFindings(collected: CollectedArtifacts): TlsFindings {
  const { TlsHandshake: hs, TlsProtocols: tp, TlsSuites: ts, TlsDetails: td } = collected.values
  const protocols = new Set(
    Object.entries(tp!.protocols)
      .filter(([, s]) => s.supported)
      .map(([p]) => p)
  )
  const scores = [...protocols].map((p) => PROTOCOL_SCORE[p as keyof typeof PROTOCOL_SCORE])
  const protocolScore = scores.length ? (Math.max(...scores) + Math.min(...scores)) / 2 : 0
  const suites = acceptedSuites(ts!)
  const bits = suites.map((a) => gradedBits(a.suite))
  const cipherScore = bits.length
    ? (bucket(Math.max(...bits), CIPHER_BITS) + bucket(Math.min(...bits), CIPHER_BITS)) / 2
    : 0
  const leaf = hs!.chain[0]
  const certKeyIsEc = leaf?.publicKey.type === 'ec' || (leaf?.publicKey.type ?? '').startsWith('ed')
  const certKeyBits = leaf?.publicKey.bits ?? 0
  const anonSuite = suites.some((a) => a.suite.anon)
  const exportSuite = suites.some((a) => a.suite.export)
  const kxParts = [certKeyIsEc ? bucket(certKeyBits, KX_EC_BITS) : bucket(certKeyBits, KX_BITS)]
  if (ts!.dhBits !== undefined) kxParts.push(bucket(ts!.dhBits, KX_BITS))
  const ecdh = Object.values(ts!.groups)
    .flat()
    .map((g) => GROUP_BITS[g] ?? 0)
    .filter((b) => b > 0)
  if (ecdh.length) kxParts.push(bucket(Math.min(...ecdh), KX_EC_BITS))
  if (exportSuite) kxParts.push(40)
  const keyExchangeScore = anonSuite ? 0 : Math.min(...kxParts)
  const negotiated = negotiatedSuite(ts!) ?? bestPreferred(ts!)
  const modernProto = ts!.modernClient?.protocol ?? ''
  const hsts = hstsMaxAge(collected)
  const untested = [
    ...ts!.untested,
    ...(td ? td.untested : ['renegotiation and compression (TlsDetails not collected)']),
    ...Object.entries(tp!.protocols)
      .filter(([, s]) => s.supported === null)
      .map(([p, s]) => `${p}: ${s.detail ?? 'no answer'}`),
  ]
  return {
    protocols,
    protocolScore,
    keyExchangeScore,
    cipherScore,
    minCipherBits: bits.length ? Math.min(...bits) : 0,
    exportSuite,
    anonSuite,
    rc4Only: suites.length > 0 && suites.every((a) => a.suite.enc === 'RC4'),
    ssl3Cbc: suites.some((a) => a.protocol === 'SSLv3' && !a.suite.aead && a.suite.enc !== 'RC4'),
    noAead: !suites.some((a) => a.suite.aead) || (negotiated !== undefined && !negotiated.aead),
    certKeyBits,
    certKeyIsEc,
    md5Sig: hs!.chain.some((c) => /md5/i.test(c.signatureAlgorithm)),
    sha1Leaf: /sha1(?!\d)|^1\.2\.840\.113549\.1\.1\.5$/i.test(leaf?.signatureAlgorithm ?? ''),
    incompleteChain: hs!.trust.missingIntermediate || (hs!.trust.issuerMissing ?? false),
    ...(ts!.dhBits !== undefined ? { dhBits: ts!.dhBits } : {}),
    compression: td?.compression === true,
    secureRenegotiation: td?.secureRenegotiation ?? null,
    ...(negotiated ? { negotiated } : {}),
    negotiatedModernProtocol: modernProto === 'TLSv1.1' || modernProto >= 'TLSv1.2',
    hstsMaxAge: hsts,
    untested,
  }
}

/**
 * When the modern-client handshake failed (a server without TLS 1.2), the suite its best protocol
 * prefers stands in for "what clients negotiate".
 */
function bestPreferred(ts: TlsSuitesFacts): CipherSuite | undefined {
  const order = ['TLSv1.3', 'TLSv1.2', 'TLSv1.1', 'TLSv1', 'SSLv3'] as const
  const best = order.map((p) => ts.byProtocol[p]).find((l) => l && l.accepted.length > 0)
  const ref = best?.preferred ?? best?.accepted[0]
  return ref ? suiteOrUnknown(parseInt(ref.id, 16)) : undefined
}

/**
 * Key bits as the SSL Labs cipher-strength table counts them (tls.md: "< 256 bits (128, 168)"):
 * 3DES by its 168-bit key, though its effective strength (our `bits`) is 112.
 */
const gradedBits = (suite: CipherSuite) => (suite.enc === '3DES' ? 168 : suite.bits)

/** max-age of the first HSTS header on the HTTPS main response (0 = missing or invalid). */
function hstsMaxAge(collected: CollectedArtifacts): number {
  const main = collected.values.MainResponse
  if (!main || !main.url.startsWith('https:')) return 0
  const value = main.headers.find(([n]) => n === 'strict-transport-security')?.[1]
  // The same reading as the hsts-missing rule: a header it calls unusable counts for nothing here.
  const policy = value === undefined ? undefined : parseHsts(value)
  return policy && !policy.problem ? (policy.maxAge ?? 0) : 0
}
