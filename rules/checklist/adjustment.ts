/**
 * Scan adjustment of one item (checklist.md §5). Only `verifies` and `can_contradict` items are
 * adjusted; `indicates` items only carry the related failures for prioritising.
 *  1. a mapped check at its critical-fail condition → effective answer No, whatever was answered;
 *  2. another failed mapped check on an item answered Yes → Partly;
 *  3. every mapped check passes on a `verifies` item → evidence scan_verified; an owner who said
 *     No/Not sure (or nothing) gets a suggestion to answer Yes, never an automatic upgrade.
 */
import { explainCriticalFail, explainScanFailed, explainSuggestYes } from './explain.ts'
import { EVIDENCE_ORDER } from './labels.ts'
import type { CheckOutcome } from './scan-evidence.ts'
import type { Answer, ChecklistItem, EvidenceConfidence, LocalizedText } from './types.ts'

export interface OwnerAnswer {
  readonly answer: Answer
  /** Defaults to self_declared. */
  readonly evidence?: EvidenceConfidence
  /** Required for N/A on an item the profile says applies; shown in the report. */
  readonly naReason?: string
}

export interface AdjustedItem {
  readonly ownerAnswer: Answer | null
  readonly effectiveAnswer: Answer | null
  readonly evidence: EvidenceConfidence
  readonly adjustment?: 'critical_fail' | 'scan_failed'
  readonly suggestion?: 'yes'
  readonly explanation?: LocalizedText
  /** Failed mapped checks, whatever the relation (priority uses them). */
  readonly failedChecks: readonly string[]
  readonly failedRuleIds: readonly string[]
}

function stronger(a: EvidenceConfidence, b: EvidenceConfidence): EvidenceConfidence {
  return EVIDENCE_ORDER.indexOf(a) >= EVIDENCE_ORDER.indexOf(b) ? a : b
}

export function adjustItem(
  item: ChecklistItem,
  owner: OwnerAnswer | undefined,
  outcomes: ReadonlyMap<string, CheckOutcome> | null
): AdjustedItem {
  const ownerAnswer = owner?.answer ?? null
  const base = {
    ownerAnswer,
    effectiveAnswer: ownerAnswer,
    evidence: owner?.evidence ?? ('self_declared' as EvidenceConfidence),
    failedChecks: [] as string[],
    failedRuleIds: [] as string[],
  }
  const relation = item.scan.relation
  if (outcomes === null || relation === undefined) return base
  const mapped = (item.scan.checks ?? []).flatMap((id) => {
    const outcome = outcomes.get(id)
    return outcome === undefined ? [] : [outcome]
  })
  const failed = mapped.filter((o) => o.status === 'fail')
  const withFailures = {
    ...base,
    failedChecks: failed.map((o) => o.checkId),
    failedRuleIds: failed.flatMap((o) => o.failedRuleIds),
  }
  if (relation === 'indicates') return withFailures

  const critical = failed.filter((o) => o.critical)
  if (critical.length > 0) {
    const forced = {
      ...withFailures,
      effectiveAnswer: 'no' as const,
      adjustment: 'critical_fail' as const,
    }
    // An owner who already said No needs no correction, only the fix.
    if (ownerAnswer === 'no') return forced
    return { ...forced, explanation: explainCriticalFail(item, ownerAnswer, critical) }
  }
  if (failed.length > 0) {
    if (ownerAnswer !== 'yes') return withFailures
    return {
      ...withFailures,
      effectiveAnswer: 'partly',
      adjustment: 'scan_failed',
      explanation: explainScanFailed(item, failed),
    }
  }
  const allPass =
    relation === 'verifies' && mapped.length > 0 && mapped.every((o) => o.status === 'pass')
  if (!allPass) return withFailures
  const verified = { ...withFailures, evidence: stronger(base.evidence, 'scan_verified') }
  if (ownerAnswer === 'no' || ownerAnswer === 'unsure' || ownerAnswer === null) {
    return {
      ...verified,
      suggestion: 'yes',
      explanation: explainSuggestYes(item, ownerAnswer, mapped),
    }
  }
  return verified
}
