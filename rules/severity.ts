import type { Severity } from './types.ts'

const RANK: Record<Severity, number> = { critical: 4, high: 3, medium: 2, low: 1, info: 0 }

export function severityRank(severity: Severity): number {
  return RANK[severity]
}

export function maxSeverity(severities: readonly Severity[], fallback: Severity): Severity {
  return severities.reduce<Severity>(
    (worst, s) => (RANK[s] > RANK[worst] ? s : worst),
    severities[0] ?? fallback
  )
}

/** Is `severity` at or above `threshold`? Used by --fail-on. */
export function atLeast(severity: Severity, threshold: Severity): boolean {
  return RANK[severity] >= RANK[threshold]
}
