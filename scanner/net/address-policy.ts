import net from 'node:net'
import { ipaddr } from './ipaddr.ts'

/** Which destinations a scan may connect to. Built once per scan from operator options. */
export interface AddressPolicy {
  /** Operator option: allow loopback, private and other non-public ranges (lab and intranet scans). */
  allowPrivate: boolean
  /**
   * Ports a connection may use. The service keeps 80/443 (+ the target's own port) so a scan can't
   * be aimed at internal services on odd ports; the CLI, run by the operator, allows any port.
   */
  allowedPorts: ReadonlySet<number> | 'any'
  /** curl-style overrides: "host:port" → address. The address still passes the policy. */
  resolve: ReadonlyMap<string, string>
  /**
   * Test-only injection point: decides which addresses count as public (default isPublicAddress).
   * Tests declare one loopback address "public" so a guarded server can still reach it while every
   * other private address stays refused. Never set from a request.
   */
  isPublic?: (ip: string) => boolean
}

export const DEFAULT_PORTS: ReadonlySet<number> = new Set([80, 443])

/**
 * The allow-list: only globally routable unicast (ipaddr.js `range() === 'unicast'`), after
 * unmapping ::ffff:a.b.c.d, and for IPv6 only within 2000::/3. Everything else (loopback,
 * private, link-local/metadata, CGNAT, multicast, reserved, NAT64, 6to4, Teredo,
 * documentation…) is refused, and unknown future special ranges fail closed. Only canonical
 * strings reach here (from URL, resolver or socket).
 */
export function isPublicAddress(ip: string): boolean {
  if (net.isIP(ip) === 0) return false
  try {
    const address = ipaddr.process(ip)
    if (address.range() !== 'unicast') return false
    // IPv6 is routed on the internet only within 2000::/3. What ipaddr.js leaves unnamed outside
    // it (the deprecated IPv4-compatible ::a.b.c.d, reserved space) fails closed too.
    return address.kind() === 'ipv4' || address.match(GLOBAL_UNICAST_V6)
  } catch {
    return false
  }
}

const GLOBAL_UNICAST_V6 = ipaddr.parseCIDR('2000::/3')

export function isAllowedAddress(ip: string, policy: AddressPolicy): boolean {
  if (net.isIP(ip) === 0) return false
  return policy.allowPrivate || (policy.isPublic ?? isPublicAddress)(ip)
}

export function isAllowedPort(port: number, policy: AddressPolicy): boolean {
  return policy.allowedPorts === 'any' || policy.allowedPorts.has(port)
}

export function makePolicy(
  options: Partial<AddressPolicy> & { extraPorts?: number[] } = {}
): AddressPolicy {
  const ports = options.allowedPorts ?? DEFAULT_PORTS
  return {
    allowPrivate: options.allowPrivate ?? false,
    allowedPorts: ports === 'any' ? 'any' : new Set([...ports, ...(options.extraPorts ?? [])]),
    resolve: options.resolve ?? new Map(),
    ...(options.isPublic ? { isPublic: options.isPublic } : {}),
  }
}
