import type { ChecklistScore } from '../rules/checklist/scoring.ts'
import { severityRank } from '../rules/severity.ts'
import type { ChecklistSummary } from './types.ts'

const MAX_GAPS = 30

/**
 * The report's small view of a scored checklist: the score, the maturity level and the gaps
 * (items not answered "yes" after scan adjustment), worst first.
 */
export function summarizeChecklist(score: ChecklistScore): ChecklistSummary {
  const gaps = score.items
    .filter((r) => r.score !== null && r.effectiveAnswer !== 'yes')
    .sort(
      (a, b) =>
        severityRank(b.item.severity) - severityRank(a.item.severity) ||
        (a.item.id < b.item.id ? -1 : 1)
    )
    .slice(0, MAX_GAPS)
  return {
    score: score.overall ?? 0,
    level: score.maturity,
    items: gaps.map((r) => ({
      id: r.item.id,
      title: r.item.title.en,
      answer: r.effectiveAnswer ?? 'not answered',
      severity: r.item.severity,
    })),
  }
}

/** Accepts a ChecklistSummary or a full ChecklistScore (as exported by the self-assessment). */
export function toChecklistSummary(value: unknown): ChecklistSummary | undefined {
  const v = (value ?? {}) as Record<string, unknown>
  if (typeof v.maturity === 'number' && Array.isArray(v.items)) {
    return summarizeChecklist(value as ChecklistScore)
  }
  if (typeof v.score === 'number' && typeof v.level === 'number') return value as ChecklistSummary
  return undefined
}
