import type { Finding, RuleResult, ScanResult } from '../rules/types.ts'
import { diffScans } from './diff.ts'
import { safeHref } from './html/escape.ts'
import { safeJson } from './json.ts'
import { metaLookup } from './meta.ts'
import { asSeverity } from './present.ts'
import { ruleDescriptor, sarifLevel } from './sarif-rules.ts'
import type { ReportOptions, RuleMetaLookup } from './types.ts'

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json'
export const FINGERPRINT_KEY = 'harbourscanFingerprint/v1'

type BaselineState = 'new' | 'unchanged' | 'absent'

function sarifResult(
  finding: Finding,
  ruleIndex: number,
  url: string,
  baselineState: BaselineState | undefined
): Record<string, unknown> {
  const severity = asSeverity(finding.severity)
  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: sarifLevel(severity),
    message: { text: finding.message },
    locations: [{ physicalLocation: { artifactLocation: { uri: url } } }],
    partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint },
    ...(baselineState ? { baselineState } : {}),
    properties: { severity, evidence: finding.evidence },
  }
}

/** Fixed findings of the older scan, shaped as findings so they can be reported as "absent". */
function fixedFindings(older: ScanResult, newer: ScanResult): Finding[] {
  const fixed = new Set(diffScans(older, newer).findings.fixed.map((f) => f.fingerprint))
  return older.rules.flatMap((r) => r.findings).filter((f) => fixed.has(f.fingerprint))
}

function sarifRun(
  result: ScanResult,
  meta: RuleMetaLookup,
  against?: ScanResult
): Record<string, unknown> {
  // URIs in SARIF must be valid; a hostile result file could hold anything in target.url.
  const url = safeHref(result.target.url) ?? 'about:invalid'
  const rules = new Map<string, RuleResult>()
  for (const r of [...result.rules, ...(against?.rules ?? [])])
    if (!rules.has(r.ruleId)) rules.set(r.ruleId, r)
  const ids = [...rules.keys()].sort()
  const index = new Map(ids.map((id, i) => [id, i]))
  const before = new Set(against?.rules.flatMap((r) => r.findings.map((f) => f.fingerprint)))
  const current = result.rules
    .filter((r) => r.status === 'fail')
    .flatMap((r) => r.findings)
    .map((f) =>
      sarifResult(
        f,
        index.get(f.ruleId) ?? 0,
        url,
        against ? (before.has(f.fingerprint) ? 'unchanged' : 'new') : undefined
      )
    )
  const absent = against
    ? fixedFindings(against, result).map((f) =>
        sarifResult(f, index.get(f.ruleId) ?? 0, url, 'absent')
      )
    : []
  const notifications = Object.entries(result.collectorErrors).map(([name, e]) => ({
    level: 'error',
    message: { text: `${name}: ${e?.message ?? ''}` },
    descriptor: { id: e?.code ?? 'E_UNKNOWN' },
  }))
  return {
    tool: {
      driver: {
        name: 'HarbourScan',
        version: result.scannerVersion,
        rules: ids.map((id) => ruleDescriptor(id, rules.get(id), meta(id))),
      },
    },
    automationDetails: { id: `harbourscan/${result.target.host}:${result.target.port}/` },
    invocations: [
      {
        executionSuccessful: true,
        endTimeUtc: result.collectedAt,
        ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}),
      },
    ],
    results: [...current, ...absent],
    properties: {
      target: result.target,
      grades: {
        overall: result.grades.overall.letter,
        tls: result.grades.tls.letter,
        web: result.grades.web.letter,
      },
    },
  }
}

/** A SARIF 2.1.0 log, one run per scan, so results show in code-scanning tools. */
export function sarifLog(
  results: ScanResult | readonly ScanResult[],
  options: ReportOptions = {}
): Record<string, unknown> {
  const list = Array.isArray(results) ? results : [results as ScanResult]
  const meta = metaLookup(options)
  const only = list.length === 1 ? options.against : undefined
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: list.map((r) => sarifRun(r, meta, only)),
  }
}

export function sarifJson(
  results: ScanResult | readonly ScanResult[],
  options: ReportOptions = {}
): string {
  return safeJson(sarifLog(results, options))
}
