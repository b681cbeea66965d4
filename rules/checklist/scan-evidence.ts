/**
 * Scan results → outcome per scan check. A check fails when any rule linked to it failed, is a
 * critical fail when a failed rule meets one of the check's critical-fail conditions, passes when
 * its rules ran without failing or erroring, and is unknown otherwise (never collected, errored,
 * or no rule produces it yet). Unknown never counts as a pass.
 */
import { atLeast } from '../severity.ts'
import type { RuleStatus, ScanResult, Severity } from '../types.ts'
import { SCAN_CHECKS } from './model.ts'
import { scanCheckForRule } from './scan-rule-links.ts'
import type { ScanCheck } from './types.ts'

/** What the checklist needs to know about one rule's result. */
export interface ScanObservation {
  readonly ruleId: string
  readonly status: RuleStatus
  readonly severity: Severity
  /** The rule's pass or failure title, shown in explanations. */
  readonly title?: string
}

export type CheckStatus = 'pass' | 'fail' | 'unknown'

export interface CheckOutcome {
  readonly checkId: string
  readonly status: CheckStatus
  readonly critical: boolean
  readonly failedRuleIds: readonly string[]
  readonly failedTitles: readonly string[]
}

export function observationsFromScan(scan: ScanResult): ScanObservation[] {
  return scan.rules.map((r) => ({
    ruleId: r.ruleId,
    status: r.status,
    severity: r.severity,
    title: r.title,
  }))
}

function isCritical(check: ScanCheck, failed: readonly ScanObservation[]): boolean {
  const conditions = check.criticalFail?.when ?? []
  return failed.some((obs) =>
    conditions.some(
      (c) =>
        c.ruleIds.includes(obs.ruleId) &&
        (c.minSeverity === undefined || atLeast(obs.severity, c.minSeverity))
    )
  )
}

function outcomeFor(check: ScanCheck, linked: readonly ScanObservation[]): CheckOutcome {
  const failed = linked.filter((o) => o.status === 'fail')
  const errored = linked.some((o) => o.status === 'error')
  const ran = linked.some((o) => o.status === 'pass' || o.status === 'not-applicable')
  const status: CheckStatus = failed.length > 0 ? 'fail' : !errored && ran ? 'pass' : 'unknown'
  return {
    checkId: check.id,
    status,
    critical: isCritical(check, failed),
    failedRuleIds: failed.map((o) => o.ruleId),
    failedTitles: failed.map((o) => o.title ?? o.ruleId),
  }
}

/** Outcome for every scan check in the catalogue, keyed by check id. */
export function evaluateScanChecks(
  observations: readonly ScanObservation[]
): ReadonlyMap<string, CheckOutcome> {
  const byCheck = new Map<string, ScanObservation[]>()
  for (const obs of observations) {
    const checkId = scanCheckForRule(obs.ruleId)
    if (checkId === undefined) continue
    const list = byCheck.get(checkId) ?? []
    list.push(obs)
    byCheck.set(checkId, list)
  }
  return new Map(SCAN_CHECKS.map((c) => [c.id, outcomeFor(c, byCheck.get(c.id) ?? [])]))
}
