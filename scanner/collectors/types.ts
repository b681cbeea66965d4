import type { Artifacts, ArtifactName, Target } from '../artifacts.ts'
import type { AddressPolicy } from '../net/address-policy.ts'
import type { HttpClient } from '../net/http-client.ts'
import type { TrustStore } from '../tls/trust-store.ts'

export interface ScanOptions {
  policy: AddressPolicy
  /** Extra trusted root files (--ca). */
  caFiles: readonly string[]
  /** Whole-scan deadline in ms. */
  timeoutMs: number
  /** Run collectors that need a real browser (--render). */
  render: boolean
}

export interface CollectorContext {
  target: Target
  options: ScanOptions
  http: HttpClient
  trustStore(): TrustStore
  /** Aborts when the scan is cancelled or its deadline passes. */
  signal: AbortSignal
  /** Another collector's artifact (its collector runs once). Rejects if that collector failed or was skipped. */
  get<K extends ArtifactName>(name: K): Promise<Artifacts[K]>
}

/** Returned by a collector that does not apply to this target. */
export class Skip {
  readonly reason: string
  constructor(reason: string) {
    this.reason = reason
  }
}

export interface Collector<K extends ArtifactName = ArtifactName> {
  name: K
  /** Own deadline; the scan deadline still applies. */
  timeoutMs?: number
  collect(ctx: CollectorContext): Promise<Artifacts[K] | Skip>
}
