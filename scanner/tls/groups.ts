/**
 * Key-exchange groups the server accepts.
 *
 * TLS 1.3, by elimination: offer every group without a key share; a server that accepts one
 * answers with a HelloRetryRequest naming its pick (no key exchange or signature on its side);
 * drop it and ask again until it refuses — (accepted + 1) hellos instead of one per group.
 * Below 1.3 (TLS 1.2, or 1.1/1.0 when that is the server's best) the chosen curve is only in the
 * ServerKeyExchange, so each curve gets its own hello offering only ECDHE suites: a ServerHello
 * then proves that curve (RFC 8422 §5.1).
 */
import { cipherSuites } from '../../rules/lib/cipher-suites.ts'
import { buildClientHello, GROUP, VERSION } from '../net/raw-hello.ts'
import type { TlsSession } from '../net/tls-session.ts'

const GROUP_NAMES = Object.entries(GROUP) as [string, number][]
const EC_GROUPS = GROUP_NAMES.filter(([, id]) => id < 256)
const ECDHE_SUITES = cipherSuites()
  .filter((s) => s.kx === 'ECDHE' && s.auth !== 'PSK')
  .map((s) => s.id)

export type GroupProtocol = 'TLSv1' | 'TLSv1.1' | 'TLSv1.2' | 'TLSv1.3'

interface GroupsFound {
  /** Names in GROUP order, whatever order the server revealed them in. */
  groups: string[]
  errors: string[]
}

export function acceptedGroups(
  session: TlsSession,
  version: GroupProtocol,
  tls13Suites: readonly number[],
  sni: string | undefined
): Promise<GroupsFound> {
  return version === 'TLSv1.3'
    ? tls13Groups(session, tls13Suites, sni)
    : legacyCurves(session, version, sni)
}

async function tls13Groups(
  session: TlsSession,
  suites: readonly number[],
  sni: string | undefined
): Promise<GroupsFound> {
  const left = GROUP_NAMES.map(([, id]) => id)
  const found = new Set<number>()
  const errors: string[] = []
  // Each round removes one offered group, so a server can never make this loop.
  while (left.length > 0) {
    const hello = buildClientHello({
      version: VERSION['TLSv1.3'],
      suites,
      groups: left,
      x25519Share: false,
      ...(sni ? { servername: sni } : {}),
    })
    let reply
    try {
      reply = await session.raw(hello)
    } catch (error) {
      errors.push(`TLSv1.3 groups: ${(error as Error).message}`)
      break
    }
    if (reply.kind !== 'server-hello' || reply.version !== VERSION['TLSv1.3']) break
    const i = reply.group === undefined ? -1 : left.indexOf(reply.group)
    if (i === -1) {
      errors.push(`TLSv1.3 groups: the server named a group not offered (${reply.group ?? 'none'})`)
      break
    }
    found.add(left[i]!)
    left.splice(i, 1)
  }
  const groups = GROUP_NAMES.filter(([, id]) => found.has(id)).map(([name]) => name)
  return { groups, errors }
}

async function legacyCurves(
  session: TlsSession,
  version: Exclude<GroupProtocol, 'TLSv1.3'>,
  sni: string | undefined
): Promise<GroupsFound> {
  const errors: string[] = []
  const found = await Promise.all(
    EC_GROUPS.map(async ([name, id]) => {
      const hello = buildClientHello({
        version: VERSION[version],
        suites: ECDHE_SUITES,
        groups: [id],
        ...(sni ? { servername: sni } : {}),
      })
      try {
        const reply = await session.raw(hello)
        return reply.kind === 'server-hello' && reply.version === VERSION[version] ? name : null
      } catch (error) {
        errors.push(`${version} group ${name}: ${(error as Error).message}`)
        return null
      }
    })
  )
  return { groups: found.filter((g): g is string => g !== null), errors }
}
