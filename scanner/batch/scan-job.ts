import type { ArtifactName, CollectedArtifacts } from '../artifacts.ts'
import { collect, collectionFailure } from '../collect.ts'
import { LAZY_COLLECTORS } from '../collectors/lazy.ts'
import type { ScanOptions } from '../collectors/types.ts'
import { BlockedDestinationError, HarbourScanError, TargetError } from '../errors.ts'
import { makePolicy } from '../net/address-policy.ts'
import { parseTarget } from '../target.ts'
import { resolveGuarded } from '../net/resolve.ts'
import { evaluate } from '../../rules/engine.ts'
import type { ScanResult } from '../../rules/types.ts'
import type { IpLimiter } from './politeness.ts'

/** Operator settings for scans run by the service or a batch. Never taken from a request. */
export interface ScanSettings {
  allowPrivate: boolean
  /** Ports allowed besides 80/443; 'any' only for the CLI batch (the operator's own command). */
  extraPorts: readonly number[] | 'any'
  caFiles: readonly string[]
  timeoutMs: number
  /** Test-only: which addresses count as public (see AddressPolicy.isPublic). */
  isPublic?: (ip: string) => boolean
}

export const DEFAULT_SETTINGS: ScanSettings = {
  allowPrivate: false,
  extraPorts: [],
  caFiles: [],
  timeoutMs: 60_000,
}

export function optionsFor(settings: ScanSettings, pins = new Map<string, string>()): ScanOptions {
  return {
    policy: makePolicy({
      allowPrivate: settings.allowPrivate,
      resolve: pins,
      ...(settings.extraPorts === 'any'
        ? { allowedPorts: 'any' as const }
        : { extraPorts: [...settings.extraPorts] }),
      ...(settings.isPublic ? { isPublic: settings.isPublic } : {}),
    }),
    caFiles: settings.caFiles,
    timeoutMs: settings.timeoutMs,
    render: false,
  }
}

export interface ScanOutcome {
  collected: CollectedArtifacts
  result: ScanResult
  /** Set when nothing useful could be collected: the scan counts as failed, evidence kept. */
  error?: { code: string; message: string }
}

/**
 * One scan under the operator's policy: resolve once (policy-checked), pin that address for the
 * scan, wait for a per-IP slot, collect, evaluate. The redirect and TLS collectors re-check every
 * connection on their own.
 */
export async function runScan(
  url: string,
  settings: ScanSettings,
  hooks: {
    signal?: AbortSignal
    ipLimiter?: IpLimiter
    /** The per-IP slot is held: the scan itself starts now. */
    onSlot?: () => void
    onCollector?: (name: ArtifactName, outcome: string, done: number, total: number) => void
  } = {}
): Promise<ScanOutcome> {
  const target = parseTarget(url)
  const address = await resolveTarget(target.host, target.port, optionsFor(settings))
  const options = optionsFor(settings, new Map([[`${target.host}:${target.port}`, address]]))
  const release = await (hooks.ipLimiter?.acquire(address, hooks.signal) ?? (() => undefined))
  hooks.onSlot?.()
  try {
    let done = 0
    const collected = await collect(target, options, {
      ...(hooks.signal ? { signal: hooks.signal } : {}),
      onCollector: (name, outcome) =>
        hooks.onCollector?.(name, outcome, ++done, LAZY_COLLECTORS.length),
    })
    const result = evaluate(collected)
    const error = collectionFailure(collected)
    return { collected, result, ...(error ? { error } : {}) }
  } finally {
    release()
  }
}

/** Resolves once under the policy, with the same error codes as scan()'s preflight. */
async function resolveTarget(host: string, port: number, options: ScanOptions): Promise<string> {
  try {
    const [first] = await resolveGuarded(host, port, options.policy)
    return first!.address
  } catch (error) {
    if (error instanceof BlockedDestinationError)
      throw new TargetError('E_PRIVATE_ADDRESS', error.message, { cause: error })
    if (error instanceof HarbourScanError && error.code === 'E_DNS_TIMEOUT') throw error
    const message = error instanceof Error ? error.message : String(error)
    throw new TargetError('E_TARGET_UNRESOLVABLE', message, { cause: error })
  }
}

/** Errors worth retrying later (the target may answer next time); everything else is final. */
export function isTransient(error: unknown): boolean {
  const code = error instanceof HarbourScanError ? error.code : ''
  return !(error instanceof HarbourScanError) || code === 'E_DNS_TIMEOUT'
}
