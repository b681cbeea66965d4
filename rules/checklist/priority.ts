/**
 * Remediation priority with the ISPG-SM01 3×3 matrix: risk = impact × likelihood.
 * Impact: critical/high 3, medium 2, low 1.
 * Likelihood: 3 if the scan found a related failure, or the item is internet-facing and No;
 * 2 if No/Not sure without scan evidence; 1 if Partly. Holding personal data (PQ-5) raises
 * likelihood by one on AST and BCK items (capped at 3).
 * Band: 9 high, 4–6 medium, 1–3 low. Ties: lower level first, then higher weight, then catalogue order.
 */
import type { ItemResult } from './item-result.ts'
import { ITEMS } from './model.ts'
import type { ChecklistScore } from './scoring.ts'
import type { ChecklistItem, ItemSeverity, RiskBand } from './types.ts'

export type Scale = 1 | 2 | 3

export interface PriorityEntry {
  readonly item: ChecklistItem
  readonly impact: Scale
  readonly likelihood: Scale
  readonly risk: number
  readonly band: RiskBand
  /** "check" for Not sure: find out first, then fix. */
  readonly action: 'fix' | 'check'
  readonly failedRuleIds: readonly string[]
}

export function impactOf(severity: ItemSeverity): Scale {
  return severity === 'critical' || severity === 'high' ? 3 : severity === 'medium' ? 2 : 1
}

export function riskBand(risk: number): RiskBand {
  return risk >= 9 ? 'high' : risk >= 4 ? 'medium' : 'low'
}

/**
 * Internet-facing: a website/e-mail/domain item, or one whose gap an outside scan can show
 * (relation verifies or can_contradict). Not the `website` applicability tag: LOG-01 applies to
 * website owners but is about internal logging.
 */
export function isInternetFacing(item: ChecklistItem): boolean {
  const relation = item.scan.relation
  return item.domain === 'WEB' || relation === 'verifies' || relation === 'can_contradict'
}

function likelihoodOf(r: ItemResult, personalData: boolean): Scale {
  const answer = r.effectiveAnswer
  let base: Scale
  if (r.failedChecks.length > 0) base = 3
  else if (answer === 'no' && isInternetFacing(r.item)) base = 3
  else if (answer === 'no' || answer === 'unsure') base = 2
  else base = 1
  const raised = personalData && (r.item.domain === 'AST' || r.item.domain === 'BCK')
  return raised ? (Math.min(3, base + 1) as Scale) : base
}

const catalogueIndex = new Map(ITEMS.map((item, i) => [item.id, i]))

export function comparePriority(a: PriorityEntry, b: PriorityEntry): number {
  return (
    b.risk - a.risk ||
    a.item.level - b.item.level ||
    b.item.weight - a.item.weight ||
    (catalogueIndex.get(a.item.id) ?? 0) - (catalogueIndex.get(b.item.id) ?? 0)
  )
}

/** Every applicable item not fully in place (No, Not sure, Partly), highest risk first. */
export function prioritize(score: ChecklistScore): PriorityEntry[] {
  return score.items
    .filter(
      (r) =>
        r.effectiveAnswer === 'no' ||
        r.effectiveAnswer === 'unsure' ||
        r.effectiveAnswer === 'partly'
    )
    .map((r): PriorityEntry => {
      const impact = impactOf(r.item.severity)
      const likelihood = likelihoodOf(r, score.personalData)
      const risk = impact * likelihood
      return {
        item: r.item,
        impact,
        likelihood,
        risk,
        band: riskBand(risk),
        action: r.effectiveAnswer === 'unsure' ? 'check' : 'fix',
        failedRuleIds: r.failedRuleIds,
      }
    })
    .sort(comparePriority)
}

/** "Top 5 things to fix this month". */
export function topToFix(score: ChecklistScore, count = 5): PriorityEntry[] {
  return prioritize(score).slice(0, count)
}
