import { findRule } from '../rules/registry.ts'
import { severityRank } from '../rules/severity.ts'
import { staleData } from './present.ts'
import type { RuleResult, ScanResult, Severity } from '../rules/types.ts'

export interface TextOptions {
  color: boolean
  /** How many problems to list in full. */
  top?: number
}

const SEVERITY_COLOR: Record<Severity, string> = {
  critical: '31;1',
  high: '31',
  medium: '33',
  low: '36',
  info: '2',
}

/**
 * The terminal report for an SME owner: the grade, the few problems that matter most in plain
 * words with what to do, then what could not be tested. Details live in the HTML/JSON reports.
 */
export function renderText(result: ScanResult, options: TextOptions): string {
  const paint = (code: string, text: string) =>
    options.color ? `\u001b[${code}m${text}\u001b[0m` : text
  const g = result.grades
  const lines: string[] = []
  lines.push(paint('1', `HarbourScan report for ${clean(result.target.url)}`))
  lines.push(
    `Scanned ${result.collectedAt.replace('T', ' ').slice(0, 16)} UTC · HarbourScan ${result.scannerVersion}`
  )
  lines.push('')
  lines.push(
    `Overall grade: ${paint('1', g.overall.letter ?? '–')}    TLS: ${g.tls.letter ?? '–'}    Web: ${g.web.letter ?? '–'}${g.web.score !== null ? ` (${g.web.score}/100)` : ''}`
  )
  for (const reason of [...g.tls.reasons, ...g.web.reasons].slice(0, 4))
    lines.push(`  · ${clean(reason)}`)
  lines.push('')

  const failed = result.rules.filter((r) => r.status === 'fail').sort(bySeverity)
  if (failed.length === 0) {
    lines.push(paint('32', 'No problems found in what could be tested.'))
  } else {
    lines.push(paint('1', `Problems to fix (${failed.length}), most urgent first:`))
    for (const rule of failed.slice(0, options.top ?? 10)) lines.push(...problem(rule, paint))
    if (failed.length > (options.top ?? 10))
      lines.push(`  … and ${failed.length - (options.top ?? 10)} more (see --format html).`)
  }
  lines.push('')
  const count = (status: RuleResult['status']) =>
    result.rules.filter((r) => r.status === status).length
  lines.push(
    `Checks: ${count('pass')} passed, ${count('fail')} failed, ${count('not-applicable')} not applicable, ${count('error')} could not be tested.`
  )
  for (const [name, error] of Object.entries(result.collectorErrors)) {
    lines.push(paint('33', `Could not test ${name}: ${clean(error.message)} (${error.code})`))
  }
  const stale = new Set(staleData(result))
  for (const version of result.dataVersions) {
    const date = version.upstreamDate ? ` as of ${version.upstreamDate}` : ''
    lines.push(`Vulnerability data: ${version.source} ${version.version}${date}`)
    if (stale.has(version)) {
      lines.push(paint('33', '  This data is more than 30 days old: run "harbourscan db update".'))
    }
  }
  return `${lines.join('\n')}\n`
}

function problem(rule: RuleResult, paint: (code: string, text: string) => string): string[] {
  const meta = findRule(rule.ruleId)?.meta
  const label = paint(SEVERITY_COLOR[rule.severity], rule.severity.toUpperCase().padEnd(8))
  const out = [`  ${label} ${rule.title}`]
  for (const finding of rule.findings.slice(0, 3)) out.push(`           ${clean(finding.message)}`)
  if (meta) out.push(`           What to do: ${meta.remediation}`)
  return out
}

function bySeverity(a: RuleResult, b: RuleResult): number {
  return severityRank(b.severity) - severityRank(a.severity) || a.ruleId.localeCompare(b.ruleId)
}

/**
 * Scanned strings can carry terminal escape sequences, line breaks (a fake "Overall grade: A+"
 * line under a finding) and bidirectional overrides that reorder what is shown: show them as
 * escapes, never let them act.
 */
function clean(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (c) => {
      const code = c.charCodeAt(0)
      return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`
    }
  )
}
