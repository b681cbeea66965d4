import type { Grade, RuleStatus, ScanResult, Severity } from '../rules/types.ts'
import { gradeRank } from './present.ts'

export interface GradeChange {
  before: string | null
  after: string | null
  change: 'better' | 'worse' | 'same'
}

export interface DiffFinding {
  fingerprint: string
  ruleId: string
  title: string
  severity: Severity
  message: string
}

export interface RuleStatusChange {
  ruleId: string
  title: string
  /** null when the rule did not exist in that scan (e.g. a newer scanner added it). */
  before: RuleStatus | null
  after: RuleStatus | null
}

export interface ScanDiff {
  diffVersion: 1
  target: { url: string; host: string; port: number }
  /** False when the two scans were of different host:port; the diff is then of little use. */
  sameTarget: boolean
  older: { collectedAt: string; scannerVersion: string }
  newer: { collectedAt: string; scannerVersion: string }
  grades: { overall: GradeChange; tls: GradeChange; web: GradeChange }
  findings: { new: DiffFinding[]; fixed: DiffFinding[]; unchanged: DiffFinding[] }
  ruleChanges: RuleStatusChange[]
}

function gradeChange(before: Grade, after: Grade): GradeChange {
  const a = gradeRank(before)
  const b = gradeRank(after)
  const change =
    before.letter === after.letter ? 'same' : b < a ? 'better' : b > a ? 'worse' : 'same'
  return { before: before.letter, after: after.letter, change }
}

/** Findings keyed by fingerprint; the same fingerprint twice in one scan counts once. */
function byFingerprint(result: ScanResult): Map<string, DiffFinding> {
  const map = new Map<string, DiffFinding>()
  for (const rule of result.rules) {
    if (rule.status !== 'fail') continue
    for (const f of rule.findings) {
      if (map.has(f.fingerprint)) continue
      map.set(f.fingerprint, {
        fingerprint: f.fingerprint,
        ruleId: f.ruleId,
        title: rule.title,
        severity: f.severity,
        message: f.message,
      })
    }
  }
  return map
}

function ruleChanges(older: ScanResult, newer: ScanResult): RuleStatusChange[] {
  const before = new Map(older.rules.map((r) => [r.ruleId, r]))
  const after = new Map(newer.rules.map((r) => [r.ruleId, r]))
  const ids = [...new Set([...before.keys(), ...after.keys()])].sort()
  return ids.flatMap((ruleId) => {
    const b = before.get(ruleId)
    const a = after.get(ruleId)
    if (a?.status === b?.status) return []
    const title = (a ?? b)?.title ?? ruleId
    return [{ ruleId, title, before: b?.status ?? null, after: a?.status ?? null }]
  })
}

/**
 * What changed between two scans of one site. Findings are matched by fingerprint (rule, host,
 * port and the problem's key), never by message text, which may carry dates and counts.
 */
export function diffScans(older: ScanResult, newer: ScanResult): ScanDiff {
  const was = byFingerprint(older)
  const now = byFingerprint(newer)
  const fresh = [...now.values()].filter((f) => !was.has(f.fingerprint))
  const fixed = [...was.values()].filter((f) => !now.has(f.fingerprint))
  const unchanged = [...now.values()].filter((f) => was.has(f.fingerprint))
  const t = newer.target
  return {
    diffVersion: 1,
    target: { url: t.url, host: t.host, port: t.port },
    sameTarget: older.target.host === t.host && older.target.port === t.port,
    older: { collectedAt: older.collectedAt, scannerVersion: older.scannerVersion },
    newer: { collectedAt: newer.collectedAt, scannerVersion: newer.scannerVersion },
    grades: {
      overall: gradeChange(older.grades.overall, newer.grades.overall),
      tls: gradeChange(older.grades.tls, newer.grades.tls),
      web: gradeChange(older.grades.web, newer.grades.web),
    },
    findings: { new: fresh, fixed, unchanged },
    ruleChanges: ruleChanges(older, newer),
  }
}

export function diffJson(diff: ScanDiff): string {
  return `${JSON.stringify(diff, null, 2)}\n`
}
