import type { ArtifactName, CollectedArtifacts } from '../scanner/artifacts.ts'
import { truncateEvidence } from './lib/evidence.ts'
import { fingerprint } from './lib/fingerprint.ts'
import { interpolate } from './lib/interpolate.ts'
import { gradeScan } from './grades/index.ts'
import { RULES } from './registry.ts'
import { scoreCategories } from './scoring.ts'
import { maxSeverity } from './severity.ts'
import type {
  AnyRule,
  Finding,
  RuleContext,
  RuleContextDb,
  RuleResult,
  ScanResult,
} from './types.ts'
import { NOT_APPLICABLE, SCHEMA_VERSION } from './types.ts'

export interface EvaluateOptions {
  rules?: readonly AnyRule[]
  db?: RuleContextDb
}

/** Runs one rule against collected artifacts. Never throws: a crash is an `error` result. */
export function runRule(
  rule: AnyRule,
  collected: CollectedArtifacts,
  ctx: RuleContext
): RuleResult {
  const { meta } = rule
  const base = { ruleId: meta.id, category: meta.category, severity: meta.defaultSeverity }
  // An errored collector can never yield a pass: "could not test" is not "fine".
  const required: readonly ArtifactName[] = meta.requiredArtifacts
  for (const name of required) {
    const error = collected.errors[name]
    if (error) {
      return {
        ...base,
        status: 'error',
        title: meta.title,
        findings: [],
        error,
        reason: `${name}: ${error.message}`,
      }
    }
  }
  const missing = required.filter((name) => collected.values[name] === undefined)
  if (missing.length > 0) {
    const why = missing.map((name) => collected.skipped?.[name] ?? `${name} was not collected`)
    return {
      ...base,
      status: 'not-applicable',
      title: meta.title,
      findings: [],
      reason: why.join('; '),
    }
  }
  let outcome
  try {
    outcome = rule.check(collected.values, ctx)
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause)
    const error = { code: 'E_RULE_CRASHED', message }
    return { ...base, status: 'error', title: meta.title, findings: [], error, reason: message }
  }
  if (!Array.isArray(outcome)) {
    const reason = outcome[NOT_APPLICABLE] ? outcome.reason : 'not applicable'
    return { ...base, status: 'not-applicable', title: meta.title, findings: [], reason }
  }
  if (outcome.length === 0) return { ...base, status: 'pass', title: meta.title, findings: [] }
  const findings: Finding[] = outcome.map((problem) => {
    const template = meta.messages[problem.messageId] ?? problem.messageId
    return {
      ruleId: meta.id,
      messageId: problem.messageId,
      message: interpolate(template, problem.data),
      severity: problem.severity ?? meta.defaultSeverity,
      evidence: truncateEvidence(problem.evidence),
      fingerprint: fingerprint(meta.id, ctx.target, problem.key ?? problem.messageId),
    }
  })
  const severity = maxSeverity(
    findings.map((f) => f.severity),
    meta.defaultSeverity
  )
  return { ...base, severity, status: 'fail', title: meta.failureTitle, findings }
}

/** collect() → CollectedArtifacts → evaluate() → ScanResult: the pure half of the pipeline. */
export function evaluate(collected: CollectedArtifacts, options: EvaluateOptions = {}): ScanResult {
  const ctx: RuleContext = {
    now: new Date(collected.collectedAt),
    target: collected.target,
    ...(options.db ? { db: options.db } : {}),
  }
  const rules = (options.rules ?? RULES).map((rule) => runRule(rule, collected, ctx))
  return {
    schemaVersion: SCHEMA_VERSION,
    target: collected.target,
    collectedAt: collected.collectedAt,
    scannerVersion: collected.scannerVersion,
    dataVersions: options.db?.dataVersions ?? [],
    grades: gradeScan(collected, rules),
    categories: scoreCategories(rules),
    rules,
    collectorErrors: collected.errors,
    skipped: collected.skipped ?? {},
  }
}
