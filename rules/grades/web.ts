import type { CollectedArtifacts } from '../../scanner/artifacts.ts'
import type { Grade, RuleResult } from '../types.ts'

export const WEB_GRADE_ALGORITHM = 'observatory-compatible/1'

/** MDN HTTP Observatory grade table: score floored to a multiple of 5, capped at 100. */
const TABLE: readonly [number, string][] = [
  [100, 'A+'],
  [90, 'A'],
  [85, 'A-'],
  [80, 'B+'],
  [70, 'B'],
  [65, 'B-'],
  [60, 'C+'],
  [50, 'C'],
  [45, 'C-'],
  [40, 'D+'],
  [30, 'D'],
  [25, 'D-'],
  [0, 'F'],
]

export function observatoryLetter(score: number): string {
  const lookup = Math.min(100, Math.max(0, score - (score % 5)))
  return TABLE.find(([min]) => lookup >= min)?.[1] ?? 'F'
}

/** Penalty per failed rule, from the Observatory's modifier tables (headers.md §4). */
const MODIFIERS: Readonly<Record<string, number>> = {
  'https-redirect-missing': -20,
  'hsts-missing': -20,
}

/**
 * Base 100 plus modifiers; bonuses count only while penalties total at most −10.
 */
export function gradeWeb(collected: CollectedArtifacts, rules: readonly RuleResult[]): Grade {
  if (!collected.values.MainResponse) {
    const why = collected.errors.MainResponse?.message ?? 'The site did not answer over HTTP(S).'
    return { letter: null, score: null, algorithm: WEB_GRADE_ALGORITHM, reasons: [why] }
  }
  const modifiers = rules
    .filter((r) => r.status === 'fail' && MODIFIERS[r.ruleId] !== undefined)
    .map((r) => ({ id: r.ruleId, value: MODIFIERS[r.ruleId] ?? 0 }))
  const penalties = modifiers.filter((m) => m.value < 0).reduce((s, m) => s + m.value, 0)
  const all = modifiers.reduce((s, m) => s + m.value, 0)
  const score = 100 + penalties >= 90 ? 100 + all : 100 + penalties
  return {
    letter: observatoryLetter(score),
    score,
    algorithm: WEB_GRADE_ALGORITHM,
    reasons: modifiers.map((m) => `${m.id}: ${m.value}`),
  }
}
