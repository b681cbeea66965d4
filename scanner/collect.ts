import type {
  Artifacts,
  ArtifactName,
  CollectedArtifacts,
  CollectorError,
  Target,
} from './artifacts.ts'
import { LAZY_COLLECTORS, type LazyCollector } from './collectors/lazy.ts'
import {
  Skip,
  type Collector,
  type CollectorContext,
  type ScanOptions,
} from './collectors/types.ts'
import { HarbourScanError, toCollectorError } from './errors.ts'
import { createHttpClient } from './net/http-client.ts'
import { loadTrustStore, type TrustStore } from './tls/trust-store.ts'
import { SCANNER_VERSION } from './version.ts'

/** Raised through ctx.get() when a dependency did not produce its artifact. */
class DependencyUnavailable extends HarbourScanError {
  constructor(name: ArtifactName, why: CollectorError | string) {
    super(
      typeof why === 'string' ? 'E_DEPENDENCY_SKIPPED' : why.code,
      `${name}: ${typeof why === 'string' ? why : why.message}`
    )
  }
}

export interface CollectHooks {
  /** Progress: a collector finished (ok, error or skipped). */
  onCollector?: (name: ArtifactName, outcome: 'ok' | 'error' | 'skipped') => void
  signal?: AbortSignal
  collectors?: readonly Collector[]
  /** Collect only these artifacts (`--only`); the rest are recorded as skipped, with why. */
  only?: { artifacts: ReadonlySet<ArtifactName>; label: string }
}

/**
 * Runs every collector concurrently under one scan deadline. Each artifact is collected once;
 * a collector that needs another awaits it. Failures are stored per key, never thrown.
 */
export async function collect(
  target: Target,
  options: ScanOptions,
  hooks: CollectHooks = {}
): Promise<CollectedArtifacts> {
  const collectedAt = new Date().toISOString()
  const signal = AbortSignal.any([
    AbortSignal.timeout(options.timeoutMs),
    ...(hooks.signal ? [hooks.signal] : []),
  ])
  const http = createHttpClient({ policy: options.policy })
  const values: Partial<Artifacts> = {}
  const errors: CollectedArtifacts['errors'] = {}
  const skipped: NonNullable<CollectedArtifacts['skipped']> = {}
  // Collectors load on first use (see lazy.ts): areas left out by --only cost no import.
  const collectors: readonly LazyCollector[] =
    hooks.collectors?.map((c) => ({ name: c.name, load: () => Promise.resolve(c) })) ??
    LAZY_COLLECTORS
  const running = new Map<ArtifactName, Promise<unknown>>()
  let trustStore: TrustStore | undefined

  const ctx: CollectorContext = {
    target,
    options,
    http,
    signal,
    trustStore: () => (trustStore ??= loadTrustStore(options.caFiles)),
    get: async <K extends ArtifactName>(name: K): Promise<Artifacts[K]> => {
      await start(name)
      const value = values[name]
      if (value !== undefined) return value as Artifacts[K]
      throw new DependencyUnavailable(name, errors[name] ?? skipped[name] ?? 'not collected')
    },
  }

  function start(name: ArtifactName): Promise<unknown> {
    const existing = running.get(name)
    if (existing) return existing
    const collector = collectors.find((c) => c.name === name)
    const promise =
      hooks.only && !hooks.only.artifacts.has(name)
        ? Promise.resolve((skipped[name] = `Not part of this scan (${hooks.only.label})`))
        : collector
          ? collector.load().then(runOne, (error: unknown) => {
              errors[name] = toCollectorError(error)
              hooks.onCollector?.(name, 'error')
            })
          : Promise.resolve((skipped[name] = 'No collector for this artifact'))
    running.set(name, promise)
    return promise
  }

  async function runOne(collector: Collector): Promise<void> {
    const { name } = collector
    try {
      const outcome = await withDeadline(
        collector.collect(ctx),
        collector.timeoutMs ?? options.timeoutMs,
        signal,
        name
      )
      if (outcome instanceof Skip) {
        skipped[name] = outcome.reason
        hooks.onCollector?.(name, 'skipped')
      } else {
        ;(values as Record<string, unknown>)[name] = outcome
        hooks.onCollector?.(name, 'ok')
      }
    } catch (error) {
      if (error instanceof DependencyUnavailable && error.code === 'E_DEPENDENCY_SKIPPED') {
        skipped[name] = error.message
        hooks.onCollector?.(name, 'skipped')
      } else {
        errors[name] = toCollectorError(error)
        hooks.onCollector?.(name, 'error')
      }
    }
  }

  try {
    await Promise.all(collectors.map((c) => start(c.name)))
  } finally {
    await http.close().catch(() => undefined)
  }
  return {
    target,
    collectedAt,
    scannerVersion: SCANNER_VERSION,
    values,
    errors,
    skipped,
    ...(hooks.only ? { only: hooks.only.label } : {}),
  }
}

/** A collector that ignores its signal still cannot hold the scan past its deadline. */
function withDeadline<T>(
  work: Promise<T>,
  ms: number,
  signal: AbortSignal,
  name: string
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const fail = () => reject(new HarbourScanError('E_TIMEOUT', `${name} did not finish in time`))
    const timer = setTimeout(fail, ms)
    signal.addEventListener('abort', fail, { once: true })
    work.then(resolve, reject).finally(() => {
      clearTimeout(timer)
      signal.removeEventListener('abort', fail)
    })
  })
}

/** A collection where no collector produced anything: a failed scan, with its first error. */
export function collectionFailure(
  collected: CollectedArtifacts
): { code: string; message: string } | undefined {
  if (Object.keys(collected.values).length > 0) return undefined
  const first = Object.values(collected.errors)[0]
  return first
    ? { code: first.code, message: first.message }
    : { code: 'E_NOTHING_COLLECTED', message: 'The site returned nothing that could be analysed' }
}
