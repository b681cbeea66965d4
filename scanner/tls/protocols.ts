import type { SecureVersion } from 'node:tls'
import type { ProtocolSupport, TlsProtocolName, TlsProtocolsFacts } from '../artifacts.ts'
import { cipherSuites, type CipherSuite } from '../../rules/lib/cipher-suites.ts'
import { buildClientHello, buildSsl2Hello, VERSION } from '../net/raw-hello.ts'
import type { HelloReply } from '../net/raw-hello-parse.ts'
import type { TlsSession } from '../net/tls-session.ts'
import { describeError, NO_ROOTS } from './probe-errors.ts'

export const TLS_VERSIONS = ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'] as const
export type TlsVersion = (typeof TLS_VERSIONS)[number]

const CANDIDATES = new Map<TlsProtocolName, readonly number[]>()

/** Every suite a version may carry (TLS 1.2-only suites are not offered below 1.2, as nmap does). */
export function candidateSuites(version: TlsProtocolName): readonly number[] {
  let ids = CANDIDATES.get(version)
  if (!ids) {
    const fits = (s: CipherSuite) =>
      version === 'TLSv1.3'
        ? s.tls13
        : !s.tls13 && (version === 'TLSv1.2' || s.minVersion !== 'TLSv1.2')
    ids = cipherSuites()
      .filter(fits)
      .map((s) => s.id)
    CANDIDATES.set(version, ids)
  }
  return ids
}

/**
 * `keyShare: false` (TLS 1.3) sends no key share: a server that would accept answers with a
 * HelloRetryRequest naming its suite and group, without the key exchange and signature a full
 * ServerHello flight costs it. Enumeration uses that; the protocol probe keeps the share.
 */
export function rawHelloFor(
  version: TlsProtocolName,
  suites: readonly number[],
  host?: string,
  o: { keyShare?: boolean } = {}
) {
  const v = VERSION[version as keyof typeof VERSION]
  return buildClientHello({
    version: v,
    suites,
    ...(host ? { servername: host } : {}),
    ...(version === 'SSLv3' ? { noExtensions: true } : {}),
    ...(o.keyShare === false ? { x25519Share: false } : {}),
  })
}

export function alertText(reply: HelloReply): string {
  switch (reply.kind) {
    case 'alert':
      return `alert ${reply.description}`
    case 'closed':
      return 'connection closed'
    case 'unexpected':
      return `unexpected reply (${reply.detail})`
    case 'server-hello':
      return `server answered with version 0x${reply.version.toString(16)}`
    default:
      return 'SSLv2 server hello'
  }
}

/** A raw ServerHello at exactly `version` proves support. */
async function rawProbe(
  session: TlsSession,
  version: TlsProtocolName,
  sni: string | undefined
): Promise<ProtocolSupport> {
  try {
    if (version === 'SSLv2') {
      const reply = await session.raw(buildSsl2Hello())
      return reply.kind === 'sslv2-server-hello'
        ? { supported: true, via: 'server-hello' }
        : { supported: false, detail: alertText(reply) }
    }
    const reply = await session.raw(rawHelloFor(version, candidateSuites(version), sni))
    const wanted = VERSION[version as keyof typeof VERSION]
    return reply.kind === 'server-hello' && reply.version === wanted
      ? { supported: true, via: 'server-hello' }
      : { supported: false, detail: alertText(reply) }
  } catch (error) {
    return { supported: null, detail: describeError(error) }
  }
}

/**
 * node:tls at exactly one version, every suite at security level 0 (tls.md §2 #1): a legacy-sigalg
 * error raised after the ServerHello still proves the version is accepted.
 */
async function handshakeProbe(session: TlsSession, version: TlsVersion): Promise<ProtocolSupport> {
  try {
    const got = await session.handshake(
      {
        minVersion: version as SecureVersion,
        maxVersion: version as SecureVersion,
        ciphers: 'ALL:COMPLEMENTOFALL:@SECLEVEL=0',
        ...NO_ROOTS,
      },
      (socket) => socket.getProtocol()
    )
    return got === version
      ? { supported: true, via: 'handshake' }
      : { supported: false, detail: `negotiated ${got}` }
  } catch (error) {
    const code = (error as { code?: string }).code ?? ''
    if (/LEGACY_SIGALG|NO_SUITABLE_SIGNATURE/.test(code))
      return { supported: true, via: 'handshake', detail: code }
    const timeout = /TIMEOUT|ABORTED/.test(code)
    return { supported: timeout ? null : false, detail: describeError(error) }
  }
}

function combine(a: ProtocolSupport, b: ProtocolSupport): ProtocolSupport {
  if (a.supported) return a
  if (b.supported) return b
  if (a.supported === false && b.supported === false) return a
  // One side could not test and the other saw no support: still "could not test" unless refused.
  return a.supported === false ? a : b.supported === false ? b : a
}

/** alertText of "the protocol version … is recognized but not supported" (RFC 8446 §6.2). */
const PROTOCOL_VERSION_ALERT = 'alert 70'

/**
 * A raw ServerHello at the version, or the protocol_version alert, settles it; any other answer
 * gets node:tls's say too (tls.md §2 #1: some servers answer only a client OpenSSL builds).
 * Asking node:tls only then saves a full handshake, signature included, per supported version.
 */
async function tlsVersionProbe(
  session: TlsSession,
  version: TlsVersion,
  sni: string | undefined
): Promise<ProtocolSupport> {
  const raw = await rawProbe(session, version, sni)
  if (raw.supported || raw.detail === PROTOCOL_VERSION_ALERT) return raw
  return combine(await handshakeProbe(session, version), raw)
}

export async function detectProtocols(
  session: TlsSession,
  sni: string | undefined
): Promise<TlsProtocolsFacts> {
  const [ssl2, ssl3, ...rest] = await Promise.all([
    rawProbe(session, 'SSLv2', sni),
    rawProbe(session, 'SSLv3', sni),
    ...TLS_VERSIONS.map((v) => tlsVersionProbe(session, v, sni)),
  ])
  const protocols = { SSLv2: ssl2!, SSLv3: ssl3! } as Record<TlsProtocolName, ProtocolSupport>
  TLS_VERSIONS.forEach((v, i) => (protocols[v] = rest[i]!))
  return { host: session.host, port: session.port, protocols }
}
