/**
 * Combined security posture of a website scan and the checklist, 0–100, with one "fix first" list.
 *
 * Weighting: 50 % scan + 50 % checklist when both exist. The scan is high-confidence but sees only
 * the internet-facing surface; the checklist covers the server room, suppliers and people but is
 * mostly self-declared. Neither is a subset of the other, so neither dominates. With one input the
 * combined score is that input. The scan score is the severity-weighted share of passed rules
 * (rules/scoring.ts weights; not-applicable, errored and info rules left out).
 *
 * Maturity is the checklist's level (already scan-adjusted when the checklist was scored with the
 * same scan); a scan alone gives no maturity level. A scan finding whose rule links to a checklist
 * item on the list is folded into that item rather than listed twice.
 */
import { SEVERITY_WEIGHT } from '../scoring.ts'
import type { RuleResult, ScanResult, Severity } from '../types.ts'
import { SCAN_LINKS } from './model.ts'
import { comparePriority, prioritize, riskBand } from './priority.ts'
import type { PriorityEntry, Scale } from './priority.ts'
import { scanCheckForRule } from './scan-rule-links.ts'
import type { ChecklistScore } from './scoring.ts'
import type { LocalizedText, MaturityLevel, RiskBand } from './types.ts'

export const SCAN_WEIGHT = 0.5

export type FixFirstEntry =
  | {
      readonly kind: 'checklist'
      readonly risk: number
      readonly band: RiskBand
      readonly entry: PriorityEntry
      readonly scanRuleIds: readonly string[]
    }
  | {
      readonly kind: 'scan'
      readonly risk: number
      readonly band: RiskBand
      readonly rule: RuleResult
    }

export interface CombinedPosture {
  readonly score: number | null
  readonly scanScore: number | null
  readonly checklistScore: number | null
  readonly maturity: MaturityLevel | null
  readonly basis: 'combined' | 'scan-only' | 'checklist-only' | 'none'
  readonly fixFirst: readonly FixFirstEntry[]
  readonly warnings: readonly LocalizedText[]
}

export function scanScore(scan: ScanResult): number | null {
  let total = 0
  let passed = 0
  for (const r of scan.rules) {
    if (r.status !== 'pass' && r.status !== 'fail') continue
    total += SEVERITY_WEIGHT[r.severity]
    if (r.status === 'pass') passed += SEVERITY_WEIGHT[r.severity]
  }
  return total === 0 ? null : (100 * passed) / total
}

/** Scan findings are on the internet by definition: likelihood 3, impact from severity. */
function scanImpact(severity: Severity): Scale | 0 {
  if (severity === 'info') return 0
  return severity === 'critical' || severity === 'high' ? 3 : severity === 'medium' ? 2 : 1
}

const SEVERITY_ORDER: readonly Severity[] = ['critical', 'high', 'medium', 'low', 'info']

function compareFixFirst(a: FixFirstEntry, b: FixFirstEntry): number {
  if (a.risk !== b.risk) return b.risk - a.risk
  if (a.kind === 'checklist' && b.kind === 'checklist') return comparePriority(a.entry, b.entry)
  // A confirmed scan finding goes before a self-declared gap of the same risk.
  if (a.kind !== b.kind) return a.kind === 'scan' ? -1 : 1
  if (a.kind === 'scan' && b.kind === 'scan') {
    const bySeverity =
      SEVERITY_ORDER.indexOf(a.rule.severity) - SEVERITY_ORDER.indexOf(b.rule.severity)
    return bySeverity || a.rule.ruleId.localeCompare(b.rule.ruleId)
  }
  return 0
}

export function combinedPosture(
  scan: ScanResult | null,
  checklist: ChecklistScore | null
): CombinedPosture {
  const s = scan === null ? null : scanScore(scan)
  const c = checklist?.overall ?? null
  const score =
    s !== null && c !== null ? SCAN_WEIGHT * s + (1 - SCAN_WEIGHT) * c : (s ?? c ?? null)
  const basis =
    s !== null && c !== null
      ? 'combined'
      : s !== null
        ? 'scan-only'
        : c !== null
          ? 'checklist-only'
          : 'none'
  const warnings: LocalizedText[] = []
  if (scan !== null && checklist !== null && !checklist.scanApplied) {
    warnings.push({
      en: 'The checklist was scored without this scan, so scan findings have not adjusted your answers.',
      'zh-HK': '清單評分時未有納入這次掃描，因此掃描結果尚未用來調整你的答案。',
    })
  }

  const items = checklist === null ? [] : prioritize(checklist)
  const folded = new Map<string, string[]>()
  const scanEntries: FixFirstEntry[] = []
  for (const rule of scan?.rules ?? []) {
    const impact = scanImpact(rule.severity)
    if (rule.status !== 'fail' || impact === 0) continue
    const checkId = scanCheckForRule(rule.ruleId)
    // Fold into the highest-priority listed item this rule gives evidence for.
    const target = items.find((e) =>
      SCAN_LINKS.some((l) => l.checkId === checkId && l.itemId === e.item.id)
    )
    if (target !== undefined) {
      folded.set(target.item.id, [...(folded.get(target.item.id) ?? []), rule.ruleId])
      continue
    }
    const risk = impact * 3
    scanEntries.push({ kind: 'scan', risk, band: riskBand(risk), rule })
  }
  const itemEntries: FixFirstEntry[] = items.map((entry) => ({
    kind: 'checklist',
    risk: entry.risk,
    band: entry.band,
    entry,
    scanRuleIds: folded.get(entry.item.id) ?? [],
  }))
  return {
    score: score === null ? null : Math.round(score),
    scanScore: s === null ? null : Math.round(s),
    checklistScore: c,
    maturity: checklist?.maturity ?? null,
    basis,
    fixFirst: [...itemEntries, ...scanEntries].sort(compareFixFirst),
    warnings,
  }
}
