import type { RuleMeta, ScanResult } from '../rules/types.ts'

/** One site of a batch: a result, or the error that stopped it from being scanned. */
export interface BatchRow {
  input: string
  result?: ScanResult
  error?: { code: string; message: string }
}

/** What a report needs to know about a rule; a subset of RuleMeta so tests can pass fixtures. */
export type ReportRuleMeta = Pick<
  RuleMeta,
  | 'id'
  | 'category'
  | 'title'
  | 'failureTitle'
  | 'description'
  | 'remediation'
  | 'fixes'
  | 'defaultSeverity'
  | 'references'
>

export type RuleMetaLookup = (ruleId: string) => ReportRuleMeta | undefined

/** The checklist self-assessment summary, when the organisation has one. Kept loose on purpose. */
export interface ChecklistSummary {
  /** 0–100. */
  score: number
  /** Maturity level 0–3. */
  level: number
  levelName?: string
  items?: ChecklistItemSummary[]
}

export interface ChecklistItemSummary {
  id: string
  title: string
  /** e.g. yes / partly / no / unknown. */
  answer?: string
  severity?: string
}

export interface ReportOptions {
  /** Rule descriptions and fixes; defaults to the rule registry. */
  ruleMeta?: RuleMetaLookup
  checklist?: ChecklistSummary
  /** An older scan of the same target: adds a "what changed" section. */
  against?: ScanResult
}
