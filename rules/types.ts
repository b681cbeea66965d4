import type { Artifacts, ArtifactName, CollectorError, Target } from '../scanner/artifacts.ts'
import type { EolStatus } from './lib/vulndb.ts'
import type { CompromisedHost, LibraryAdvisory } from './lib/vulndb-types.ts'

export type Severity = 'critical' | 'high' | 'medium' | 'low' | 'info'
export type RuleStatus = 'pass' | 'fail' | 'not-applicable' | 'error'
export type Category =
  'tls' | 'headers' | 'cookies' | 'transport' | 'content' | 'software' | 'disclosure'

export const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low', 'info']

/** One piece of evidence shown beside a finding: what we saw, where. */
export interface Evidence {
  label: string
  value: string
  /** Set by the engine when the value was cut to the evidence limit. */
  truncated?: boolean
}

/** Fix instructions for one kind of server or host. */
export interface FixSnippet {
  platform: string
  snippet: string
}

/** The data version every result carries (vulnerability and end-of-life data). */
export interface DataVersion {
  source: string
  version: string
  upstreamDate?: string
}

/**
 * Read-only view of the vulnerability/EOL database that rules may consult: pure data plus pure
 * lookups, built by rules/lib/vulndb.ts createRuleDb(). A lookup is absent when its data set was
 * not loaded; rules then report not-applicable rather than a clean pass.
 */
export interface RuleContextDb {
  readonly dataVersions: DataVersion[]
  readonly libraryAdvisories?: (library: string, version: string) => LibraryAdvisory[]
  readonly compromisedHost?: (url: string) => CompromisedHost | undefined
  readonly eolStatus?: (product: string, version: string, now: Date) => EolStatus | undefined
}

export interface RuleContext {
  now: Date
  target: Target
  db?: RuleContextDb
}

/** What a rule reports for one problem it found. */
export interface Problem<M extends string = string> {
  messageId: M
  data?: Record<string, string | number>
  /** Overrides the rule's default severity for this problem. */
  severity?: Severity
  evidence?: Evidence[]
  /**
   * What makes this problem the same problem in the next scan (a cookie name, a script URL).
   * Never put changing values (dates, counts) here: the fingerprint drives scan diffs.
   */
  key?: string
}

export const NOT_APPLICABLE = Symbol('not-applicable')
export interface NotApplicable {
  [NOT_APPLICABLE]: true
  reason: string
}
export function notApplicable(reason: string): NotApplicable {
  return { [NOT_APPLICABLE]: true, reason }
}

export interface RuleMeta<R extends ArtifactName = ArtifactName, M extends string = string> {
  /** kebab-case, stable: fingerprints, reports and checklist links depend on it. */
  id: string
  category: Category
  /** Shown when the rule passes. */
  title: string
  /** Shown when the rule fails. */
  failureTitle: string
  /** Why it matters, in plain words for a business owner. */
  description: string
  /** What to do, in plain words; server snippets go in `fixes`. */
  remediation: string
  fixes?: FixSnippet[]
  defaultSeverity: Severity
  requiredArtifacts: readonly R[]
  /** Message templates with {{placeholders}} filled from Problem.data. */
  messages: Record<M, string>
  references: string[]
  /** Checklist item ids this rule gives evidence for. */
  checklist?: string[]
}

export interface Rule<R extends ArtifactName = ArtifactName, M extends string = string> {
  meta: RuleMeta<R, M>
  check(artifacts: Pick<Artifacts, R>, ctx: RuleContext): Problem<M>[] | NotApplicable
}

/** A rule with its artifact names erased, as stored in the registry. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRule = Rule<any, string>

export interface Finding {
  ruleId: string
  messageId: string
  message: string
  severity: Severity
  evidence: Evidence[]
  /** Stable across scans of the same target: sha-256 of rule, origin and problem key. */
  fingerprint: string
}

export interface RuleResult {
  ruleId: string
  category: Category
  status: RuleStatus
  /** title on pass/not-applicable, failureTitle on fail. */
  title: string
  /** Highest severity among findings, or the default severity. */
  severity: Severity
  findings: Finding[]
  /** Why not applicable, or which collector failed. */
  reason?: string
  error?: CollectorError
}

export type Letter = 'A+' | 'A' | 'A-' | 'B' | 'C' | 'D' | 'E' | 'F' | 'T' | 'M'

export interface Grade {
  /** null when the inputs were not collected. */
  letter: Letter | string | null
  score: number | null
  /** Algorithm id and version, stored so later re-scoring is visible. */
  algorithm: string
  /** Plain-language reasons the grade is what it is (caps, penalties). */
  reasons: string[]
  /** Extra detail for the algorithm (e.g. "grade if trust issues are ignored"). */
  details?: Record<string, unknown>
}

export interface CategoryResult {
  id: Category
  /** 0–100, weighted by severity over applicable rules. */
  score: number | null
  passed: number
  failed: number
  notApplicable: number
  errored: number
}

export const SCHEMA_VERSION = 1 as const

export interface ScanResult {
  schemaVersion: typeof SCHEMA_VERSION
  target: Target
  collectedAt: string
  scannerVersion: string
  dataVersions: DataVersion[]
  grades: { overall: Grade; tls: Grade; web: Grade }
  categories: CategoryResult[]
  rules: RuleResult[]
  collectorErrors: Partial<Record<ArtifactName, CollectorError>>
  /** Collectors skipped for this target, with the reason. */
  skipped: Partial<Record<ArtifactName, string>>
}
