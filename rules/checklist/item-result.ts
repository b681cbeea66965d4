/** One applicable item after scan adjustment, and the weighted score shared by all sums. */
import type { AdjustedItem } from './adjustment.ts'
import type { ChecklistItem } from './types.ts'

export interface ItemResult extends AdjustedItem {
  readonly item: ChecklistItem
  /** After scan adjustment; null = excluded (N/A with a reason). */
  readonly score: number | null
  readonly needsChecking: boolean
}

/** 100 × Σ(weight × score) / Σ weight (unrounded) over scored results; null when none. */
export function weightedScore(results: readonly ItemResult[]): number | null {
  let total = 0
  let earned = 0
  for (const r of results) {
    if (r.score === null) continue
    total += r.item.weight
    earned += r.item.weight * r.score
  }
  return total === 0 ? null : (100 * earned) / total
}
