/** Runs HarbourScan's TLS collectors (plus the HTTPS response for HSTS) against a range port. */
import type { CollectedArtifacts } from '../../scanner/artifacts.ts'
import { collect } from '../../scanner/collect.ts'
import { mainResponseCollector } from '../../scanner/collectors/main-response.ts'
import { redirectChainCollector } from '../../scanner/collectors/redirect-chain.ts'
import { tlsDetailsCollector } from '../../scanner/collectors/tls-details.ts'
import { tlsHandshakeCollector } from '../../scanner/collectors/tls-handshake.ts'
import { tlsProtocolsCollector } from '../../scanner/collectors/tls-protocols.ts'
import { tlsSuitesCollector } from '../../scanner/collectors/tls-suites.ts'
import { scanOptionsFor } from '../../scanner/scan.ts'
import { parseTarget } from '../../scanner/target.ts'
import { evaluate } from '../../rules/engine.ts'
import type { ScanResult } from '../../rules/types.ts'

export const TLS_COLLECTORS = [
  tlsHandshakeCollector,
  tlsProtocolsCollector,
  tlsSuitesCollector,
  tlsDetailsCollector,
]
export const TLS_AND_HTTP_COLLECTORS = [
  redirectChainCollector,
  mainResponseCollector,
  ...TLS_COLLECTORS,
]

export async function scanTls(
  port: number,
  caFile: string,
  opts: { timeoutMs?: number; http?: boolean } = {}
): Promise<{ collected: CollectedArtifacts; result: ScanResult }> {
  const target = parseTarget(`https://localhost:${port}/`)
  const options = scanOptionsFor(target, {
    allowPrivate: true,
    anyPort: true,
    caFiles: [caFile],
    resolve: new Map([[`localhost:${port}`, '127.0.0.1']]),
    timeoutMs: opts.timeoutMs ?? 20_000,
  })
  const collectors = opts.http === false ? TLS_COLLECTORS : TLS_AND_HTTP_COLLECTORS
  const collected = await collect(target, options, { collectors })
  return { collected, result: evaluate(collected) }
}

/** TLS rule ids with a given status. */
export function tlsRuleIds(result: ScanResult, status: string): string[] {
  return result.rules
    .filter((r) => r.category === 'tls' && r.status === status)
    .map((r) => r.ruleId)
    .sort()
}
