/**
 * Maturity level 0–3 (checklist.md §6), from item results after scan adjustment:
 * 0 Getting started — some applicable Level-1 critical item is not Yes (or L1 score < 80%);
 * 1 Essential — every L1 critical item Yes and weighted L1 score ≥ 80%;
 * 2 Managed — L1 met, weighted L1+L2 score ≥ 80%, no L1/L2 high item answered No (an unanswered
 *   one blocks too: nothing unknown is assumed fine);
 * 3 Resilient — L2 met, overall ≥ 85%, every critical and high item backed by document,
 *   scan_verified or independent evidence, and GOV-03 answered Yes.
 */
import { weightedScore } from './item-result.ts'
import type { ItemResult } from './item-result.ts'
import type { MaturityLevel } from './types.ts'

const BACKED = new Set(['document', 'scan_verified', 'independent'])

const atLeast = (score: number | null, threshold: number) => score !== null && score >= threshold

export function maturityLevel(items: readonly ItemResult[]): MaturityLevel {
  const l1 = items.filter((r) => r.item.level === 1)
  const criticalOk = l1
    .filter((r) => r.item.severity === 'critical')
    .every((r) => r.effectiveAnswer === 'yes')
  if (!criticalOk || !atLeast(weightedScore(l1), 80)) return 0

  const l12 = items.filter((r) => r.item.level <= 2)
  const highBlocked = l12.some(
    (r) => r.item.severity === 'high' && (r.effectiveAnswer === 'no' || r.effectiveAnswer === null)
  )
  if (highBlocked || !atLeast(weightedScore(l12), 80)) return 1

  const backed = items
    .filter((r) => r.item.severity === 'critical' || r.item.severity === 'high')
    .every((r) => BACKED.has(r.evidence))
  const gov03 = items.find((r) => r.item.id === 'GOV-03')
  if (!atLeast(weightedScore(items), 85) || !backed || gov03?.effectiveAnswer !== 'yes') return 2
  return 3
}
