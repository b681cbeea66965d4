import type { RuleResult, Severity } from '../rules/types.ts'
import { safeHref } from './html/escape.ts'
import { asSeverity } from './present.ts'
import type { ReportRuleMeta } from './types.ts'

/** GitHub code scanning ranks alerts by this CVSS-like number (critical ≥ 9, high ≥ 7 …). */
const SECURITY_SEVERITY = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0', info: '0.0' }
const LEVEL = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
  info: 'note',
} as const

/** SARIF has three result levels: critical and high are errors, medium a warning, the rest notes. */
export function sarifLevel(severity: Severity): (typeof LEVEL)[Severity] {
  return LEVEL[severity]
}

/** "hsts-missing" → "HstsMissing": SARIF names are identifiers, ids stay kebab-case. */
function pascal(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter((part) => part !== '')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('')
}

function helpMarkdown(meta: ReportRuleMeta): string {
  const fixes = (meta.fixes ?? []).map((f) => `**${f.platform}**\n\n\`\`\`\n${f.snippet}\n\`\`\``)
  const refs = meta.references.map((r) => `- <${r}>`)
  return [
    meta.remediation,
    ...fixes,
    ...(refs.length > 0 ? [`References:\n\n${refs.join('\n')}`] : []),
  ].join('\n\n')
}

function helpText(meta: ReportRuleMeta): string {
  const fixes = (meta.fixes ?? []).map((f) => `${f.platform}:\n${f.snippet}`)
  return [meta.remediation, ...fixes].join('\n\n')
}

/** One SARIF reportingDescriptor from rule meta; rules unknown to this build fall back to the result. */
export function ruleDescriptor(
  id: string,
  result: RuleResult | undefined,
  meta: ReportRuleMeta | undefined
): Record<string, unknown> {
  const severity = asSeverity(meta?.defaultSeverity ?? result?.severity ?? 'info')
  const category = meta?.category ?? result?.category ?? 'unknown'
  const helpUri = meta?.references.map((r) => safeHref(r)).find((r) => r !== undefined)
  return {
    id,
    name: pascal(id),
    shortDescription: { text: meta?.title ?? result?.title ?? id },
    ...(meta
      ? {
          fullDescription: { text: meta.description },
          help: { text: helpText(meta), markdown: helpMarkdown(meta) },
        }
      : {}),
    ...(helpUri ? { helpUri } : {}),
    defaultConfiguration: { level: LEVEL[severity] },
    properties: {
      category,
      tags: ['security', category],
      'security-severity': SECURITY_SEVERITY[severity],
    },
  }
}
