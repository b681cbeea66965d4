import type { TlsProtocolName, TlsSuitesFacts } from '../artifacts.ts'
import { cipherSuites } from '../../rules/lib/cipher-suites.ts'
import type { TlsSession } from '../net/tls-session.ts'
import { acceptedGroups } from '../tls/groups.ts'
import { describeError, NO_ROOTS } from '../tls/probe-errors.ts'
import { enumerateSuites, suiteRef } from '../tls/suites.ts'
import { sniFor } from './tls-protocols.ts'
import { NO_HTTPS, tlsSessionFor } from './tls-session-for.ts'
import { Skip, type Collector } from './types.ts'

const ENUMERATED: readonly TlsProtocolName[] = ['SSLv3', 'TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3']
const LEGACY_GROUP_PROTOCOLS = ['TLSv1.2', 'TLSv1.1', 'TLSv1'] as const
const BY_OPENSSL = new Map(cipherSuites().flatMap((s) => (s.openssl ? [[s.openssl, s.id]] : [])))
const BY_NAME = new Map(cipherSuites().map((s) => [s.name, s.id]))

/** Accepted suites per protocol, server order, groups, DH size and the modern-client result. */
export const tlsSuitesCollector: Collector<'TlsSuites'> = {
  name: 'TlsSuites',
  timeoutMs: 25_000,
  async collect(ctx) {
    const session = await tlsSessionFor(ctx)
    if (!session) return new Skip(NO_HTTPS)
    const { protocols } = await ctx.get('TlsProtocols')
    const sni = sniFor(ctx.target.isIpLiteral, session.host)
    const facts: TlsSuitesFacts = {
      host: session.host,
      port: session.port,
      byProtocol: {},
      groups: {},
      untested: [],
    }
    const versions = ENUMERATED.filter((v) => protocols[v].supported !== false)
    const tls13Ids = cipherSuites()
      .filter((s) => s.tls13)
      .map((s) => s.id)
    // Curves are listed once below TLS 1.3, at the best version the server speaks.
    const legacy = LEGACY_GROUP_PROTOCOLS.find((v) => protocols[v].supported !== false)
    const [lists, legacyGroups, tls13Groups, modern] = await Promise.all([
      Promise.all(versions.map((v) => enumerateSuites(session, v, sni))),
      legacy ? acceptedGroups(session, legacy, [], sni) : undefined,
      protocols['TLSv1.3'].supported !== false
        ? acceptedGroups(session, 'TLSv1.3', tls13Ids, sni)
        : undefined,
      modernClient(session),
    ])
    versions.forEach((v, i) => {
      const list = lists[i]!
      if (list.accepted.length > 0 || !list.complete) facts.byProtocol[v] = list
      if (list.error) facts.untested.push(`${v} suites: ${list.error}`)
    })
    if (legacy && legacyGroups?.groups.length) facts.groups[legacy] = legacyGroups.groups
    if (tls13Groups?.groups.length) facts.groups['TLSv1.3'] = tls13Groups.groups
    facts.untested.push(...(legacyGroups?.errors ?? []), ...(tls13Groups?.errors ?? []))
    if ('error' in modern) facts.modernClientError = modern.error
    else facts.modernClient = modern
    const dhe = Object.values(facts.byProtocol).some((p) =>
      p.accepted.some((s) => /^TLS_DHE?_(RSA|DSS|anon)_|^TLS_DH_anon_/.test(s.name))
    )
    if (dhe) {
      const bits = await dhBits(session)
      if (typeof bits === 'number') facts.dhBits = bits
      else facts.untested.push(`DH parameters: ${bits.error}`)
    }
    return facts
  },
}

/** A client with Node's defaults (TLS 1.2–1.3, default suites): what browsers would get. */
async function modernClient(session: TlsSession) {
  try {
    return await session.handshake({ ...NO_ROOTS }, (socket) => {
      const cipher = socket.getCipher()
      const id = BY_NAME.get(cipher.standardName) ?? BY_OPENSSL.get(cipher.name) ?? -1
      const eph = socket.getEphemeralKeyInfo()
      return {
        protocol: socket.getProtocol() ?? 'unknown',
        suite: id >= 0 ? suiteRef(id) : { id: '?', name: cipher.standardName },
        ...(eph && 'type' in eph && eph.type
          ? {
              ephemeralKey: {
                type: eph.type,
                size: eph.size ?? 0,
                ...(eph.name ? { name: eph.name } : {}),
              },
            }
          : {}),
      }
    })
  } catch (error) {
    return { error: describeError(error) }
  }
}

/** DH group size from a DHE-only handshake (Node exposes the size, tls.md §2 #11). */
async function dhBits(session: TlsSession): Promise<number | { error: string }> {
  try {
    return await session.handshake(
      { minVersion: 'TLSv1', maxVersion: 'TLSv1.2', ciphers: 'kDHE:kEDH:@SECLEVEL=0', ...NO_ROOTS },
      (socket) => {
        const eph = socket.getEphemeralKeyInfo()
        return eph && 'size' in eph && eph.type === 'DH' ? (eph.size ?? 0) : 0
      }
    )
  } catch (error) {
    return { error: describeError(error) }
  }
}
