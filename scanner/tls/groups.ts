/**
 * Key-exchange groups: one raw hello per group. TLS 1.3 offers that group alone without a key
 * share, so a server that accepts it answers with a HelloRetryRequest naming it; TLS 1.2 offers
 * (or 1.1/1.0 when it is the server's best) offers only ECDHE suites with that one curve, so a
 * ServerHello proves the curve (RFC 8422 §5.1).
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

export async function acceptedGroups(
  session: TlsSession,
  version: GroupProtocol,
  tls13Suites: readonly number[],
  sni: string | undefined
): Promise<{ groups: string[]; errors: string[] }> {
  const list = version === 'TLSv1.3' ? GROUP_NAMES : EC_GROUPS
  const errors: string[] = []
  const found = await Promise.all(
    list.map(async ([name, id]) => {
      const hello = buildClientHello({
        version: VERSION[version],
        suites: version === 'TLSv1.3' ? tls13Suites : ECDHE_SUITES,
        groups: [id],
        // TLS 1.3: no key share, so a yes is a HelloRetryRequest naming the group (no signature).
        x25519Share: false,
        ...(sni ? { servername: sni } : {}),
      })
      try {
        const reply = await session.raw(hello)
        if (reply.kind !== 'server-hello' || reply.version !== VERSION[version]) return null
        if (version === 'TLSv1.3') return reply.group === id ? name : null
        return name
      } catch (error) {
        errors.push(`${version} group ${name}: ${(error as Error).message}`)
        return null
      }
    })
  )
  return { groups: found.filter((g): g is string => g !== null), errors }
}
