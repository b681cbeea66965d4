import type { Category, CategoryResult, RuleResult, Severity } from './types.ts'

/** How much a rule counts in its category score. Info rules are shown, not scored. */
export const SEVERITY_WEIGHT: Record<Severity, number> = {
  critical: 10,
  high: 5,
  medium: 3,
  low: 1,
  info: 0,
}

export const CATEGORY_ORDER: readonly Category[] = [
  'tls',
  'transport',
  'headers',
  'cookies',
  'content',
  'software',
  'disclosure',
]

/**
 * Category score = 100 × passed weight / (passed + failed) weight, Lighthouse-style: not-applicable
 * and errored rules are left out of the sum (errors are listed, never counted as passes).
 */
export function scoreCategories(results: readonly RuleResult[]): CategoryResult[] {
  return CATEGORY_ORDER.flatMap((id) => {
    const inCategory = results.filter((r) => r.category === id)
    if (inCategory.length === 0) return []
    let passedWeight = 0
    let totalWeight = 0
    for (const r of inCategory) {
      if (r.status !== 'pass' && r.status !== 'fail') continue
      const weight = SEVERITY_WEIGHT[r.severity]
      totalWeight += weight
      if (r.status === 'pass') passedWeight += weight
    }
    const count = (status: RuleResult['status']) =>
      inCategory.filter((r) => r.status === status).length
    return [
      {
        id,
        score: totalWeight === 0 ? null : Math.round((100 * passedWeight) / totalWeight),
        passed: count('pass'),
        failed: count('fail'),
        notApplicable: count('not-applicable'),
        errored: count('error'),
      },
    ]
  })
}
