import dns from 'node:dns/promises'
import net from 'node:net'
import { ipaddr } from './ipaddr.ts'
import { BlockedDestinationError, HarbourScanError } from '../errors.ts'
import { isAllowedAddress, isAllowedPort, type AddressPolicy } from './address-policy.ts'

export interface ResolvedAddress {
  address: string
  family: 4 | 6
}

const DNS_TIMEOUT_MS = 5_000

/** Names that must never be scanned from a shared service (RFC 6761 and common internal suffixes). */
const SPECIAL_NAMES =
  /(^|\.)(localhost|local|internal|intranet|lan|home\.arpa|test|invalid|example|onion)$/i

/**
 * Resolves a host for one connection and applies the address policy to EVERY answer (happy
 * eyeballs would otherwise try a private one). Callers connect to the address returned here,
 * never by name again, so DNS rebinding cannot swap the address after the check.
 */
export async function resolveGuarded(
  host: string,
  port: number,
  policy: AddressPolicy
): Promise<ResolvedAddress[]> {
  if (!isAllowedPort(port, policy)) {
    throw new BlockedDestinationError(
      `Port ${port} is not allowed (allowed: ${[...(policy.allowedPorts as Set<number>)].join(', ')})`
    )
  }
  const pinned = policy.resolve.get(`${host}:${port}`)
  const literal = net.isIP(host) !== 0 ? host : pinned
  const answers =
    literal !== undefined
      ? [{ address: literal, family: net.isIP(literal) }]
      : await lookup(host, policy)
  const blocked = answers.find((a) => !isAllowedAddress(a.address, policy))
  if (blocked) {
    const what =
      literal !== undefined && host === literal
        ? blocked.address
        : `${host} resolves to ${blocked.address}, which`
    throw new BlockedDestinationError(
      `${what} is ${describeRange(blocked.address)}; only public addresses are scanned (operators can allow private ranges with --allow-private)`
    )
  }
  return answers.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }))
}

async function lookup(
  host: string,
  policy: AddressPolicy
): Promise<{ address: string; family: number }[]> {
  if (!policy.allowPrivate && SPECIAL_NAMES.test(host)) {
    throw new BlockedDestinationError(
      `${host} is a local or reserved name; only public sites are scanned (operators can allow private ranges with --allow-private)`
    )
  }
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new HarbourScanError(
            'E_DNS_TIMEOUT',
            `Looking up ${host} took longer than ${DNS_TIMEOUT_MS} ms`
          )
        ),
      DNS_TIMEOUT_MS
    )
  })
  try {
    const answers = await Promise.race([
      dns.lookup(host, { all: true, order: 'verbatim' }),
      timeout,
    ])
    if (answers.length === 0) throw new HarbourScanError('E_DNS', `${host} has no address`)
    return answers
  } catch (error) {
    if (error instanceof HarbourScanError) throw error
    const code = (error as { code?: string }).code
    throw new HarbourScanError('E_DNS', `${host} could not be found (${code ?? 'lookup failed'})`, {
      cause: error,
    })
  } finally {
    clearTimeout(timer)
  }
}

/** Plain words for why an address is refused. */
export function describeRange(ip: string): string {
  let range: string
  try {
    range = ipaddr.process(ip).range()
  } catch {
    return 'not a valid address'
  }
  const words: Record<string, string> = {
    loopback: 'a loopback address (this machine)',
    private: 'a private network address',
    linkLocal: 'a link-local address (cloud metadata services live here)',
    uniqueLocal: 'a private IPv6 address',
    carrierGradeNat: 'a carrier-grade NAT address',
    unspecified: 'an unspecified address',
    broadcast: 'a broadcast address',
    multicast: 'a multicast address',
    reserved: 'a reserved address',
  }
  return words[range] ?? `a special-purpose address (${range})`
}
