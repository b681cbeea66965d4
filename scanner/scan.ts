import type { CollectedArtifacts, Target } from './artifacts.ts'
import { collect, type CollectHooks } from './collect.ts'
import type { ScanOptions } from './collectors/types.ts'
import { makePolicy } from './net/address-policy.ts'
import { resolveGuarded } from './net/resolve.ts'
import { parseTarget } from './target.ts'
import { TargetError, BlockedDestinationError } from './errors.ts'
import { evaluate } from '../rules/engine.ts'
import { sharedDb } from './vulndb/load.ts'
import type { RuleContextDb, ScanResult } from '../rules/types.ts'

export interface ScanRequest {
  allowPrivate?: boolean
  /** curl-style host:port → address overrides. */
  resolve?: ReadonlyMap<string, string>
  caFiles?: readonly string[]
  timeoutMs?: number
  render?: boolean
  /** Extra ports allowed besides 80/443 (the target's own port is always allowed). */
  extraPorts?: number[]
  /** Allow every port (the CLI: its user is the operator). */
  anyPort?: boolean
}

export const DEFAULT_SCAN_TIMEOUT_MS = 60_000

export function scanOptionsFor(target: Target, request: ScanRequest = {}): ScanOptions {
  return {
    policy: makePolicy({
      allowPrivate: request.allowPrivate ?? false,
      resolve: request.resolve ?? new Map(),
      ...(request.anyPort ? { allowedPorts: 'any' as const } : {}),
      extraPorts: [target.port, ...(request.extraPorts ?? [])],
    }),
    caFiles: request.caFiles ?? [],
    timeoutMs: request.timeoutMs ?? DEFAULT_SCAN_TIMEOUT_MS,
    render: request.render ?? false,
  }
}

/**
 * Refuses a target before any connection: its literal address or every address its name resolves
 * to must pass the policy. (The same check runs again at connect time on every socket.)
 */
export async function preflight(target: Target, options: ScanOptions): Promise<void> {
  try {
    await resolveGuarded(target.host, target.port, options.policy)
  } catch (error) {
    if (error instanceof BlockedDestinationError) {
      throw new TargetError('E_PRIVATE_ADDRESS', error.message, { cause: error })
    }
    throw new TargetError(
      'E_TARGET_UNRESOLVABLE',
      error instanceof Error ? error.message : String(error),
      { cause: error }
    )
  }
}

/** The whole pipeline for one input: target → preflight → collect → evaluate. */
export async function scan(
  input: string,
  request: ScanRequest = {},
  hooks: CollectHooks & { db?: RuleContextDb } = {}
): Promise<{ collected: CollectedArtifacts; result: ScanResult }> {
  const target = parseTarget(input)
  const options = scanOptionsFor(target, request)
  await preflight(target, options)
  const collected = await collect(target, options, hooks)
  // Library and end-of-life rules need the imported data; callers may pass their own (tests).
  const db = hooks.db ?? (await sharedDb()).rules
  return { collected, result: evaluate(collected, { db }) }
}
