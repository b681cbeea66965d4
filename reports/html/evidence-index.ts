import type { Evidence, Finding, RuleResult } from '../../rules/types.ts'

/** Caps keep a hostile result (thousands of findings) from making a report nobody can open. */
export const MAX_FINDINGS_PER_RULE = 50
export const MAX_EVIDENCE = 400

export interface EvidenceEntry {
  n: number
  rule: RuleResult
  finding: Finding
  evidence: Evidence
}

/** Evidence numbered E1, E2… in report order, so finding cards can point into the appendix. */
export function indexEvidence(failed: readonly RuleResult[]): {
  entries: EvidenceEntry[]
  byFinding: Map<Finding, number[]>
} {
  const entries: EvidenceEntry[] = []
  const byFinding = new Map<Finding, number[]>()
  for (const rule of failed) {
    for (const finding of rule.findings.slice(0, MAX_FINDINGS_PER_RULE)) {
      const numbers: number[] = []
      for (const evidence of finding.evidence) {
        if (entries.length >= MAX_EVIDENCE) break
        const n = entries.length + 1
        entries.push({ n, rule, finding, evidence })
        numbers.push(n)
      }
      byFinding.set(finding, numbers)
    }
  }
  return { entries, byFinding }
}
