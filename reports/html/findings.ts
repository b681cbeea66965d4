import type { Finding, RuleResult, ScanResult, Severity } from '../../rules/types.ts'
import { SEVERITIES } from '../../rules/types.ts'
import { SEVERITY_LABEL, categoryLabel, failedRules } from '../present.ts'
import type { ReportRuleMeta, RuleMetaLookup } from '../types.ts'
import { clip, escapeHtml, link } from './escape.ts'
import { MAX_FINDINGS_PER_RULE, indexEvidence } from './evidence-index.ts'

const MAX_MESSAGE = 1000

function findingItem(finding: Finding, evidence: number[] | undefined): string {
  const refs = (evidence ?? []).map((n) => `<a href="#e-${n}">E${n}</a>`).join(', ')
  const sev = `<span class="sev sev-${escapeHtml(finding.severity)}">${escapeHtml(SEVERITY_LABEL[finding.severity] ?? finding.severity)}</span>`
  return `<li>${sev} ${escapeHtml(clip(finding.message, MAX_MESSAGE))}${refs ? ` <span class="small muted">(evidence ${refs})</span>` : ''}</li>`
}

export function fixesHtml(meta: ReportRuleMeta): string {
  const fixes = (meta.fixes ?? []).map(
    (f) =>
      `<p class="small"><strong>${escapeHtml(f.platform)}</strong></p><pre>${escapeHtml(f.snippet)}</pre>`
  )
  return `<p><strong>How to fix:</strong> ${escapeHtml(meta.remediation)}</p>${fixes.join('\n')}`
}

function referencesHtml(meta: ReportRuleMeta): string {
  if (meta.references.length === 0) return ''
  const items = meta.references.map((r) => `<li>${link(r)}</li>`).join('')
  return `<p class="small"><strong>Learn more:</strong></p><ul class="small">${items}</ul>`
}

function ruleCard(
  rule: RuleResult,
  anchor: number,
  meta: RuleMetaLookup,
  refs: Map<Finding, number[]>
): string {
  const m = meta(rule.ruleId)
  const shown = rule.findings.slice(0, MAX_FINDINGS_PER_RULE)
  const more = rule.findings.length - shown.length
  const findings = shown.map((f) => findingItem(f, refs.get(f))).join('\n')
  return `<div class="card" id="r-${anchor}">
<h3><span class="sev sev-${escapeHtml(rule.severity)}">${escapeHtml(SEVERITY_LABEL[rule.severity] ?? rule.severity)}</span> ${escapeHtml(rule.title)}</h3>
<p class="small muted">Check <code>${escapeHtml(rule.ruleId)}</code> · ${escapeHtml(categoryLabel(rule.category))}</p>
${m ? `<p>${escapeHtml(m.description)}</p>` : ''}
<p><strong>What we found:</strong></p><ul>${findings}</ul>${more > 0 ? `<p class="small muted">…and ${more} more (see the JSON result).</p>` : ''}
${m ? fixesHtml(m) + referencesHtml(m) : ''}
</div>`
}

/** Failed checks grouped by severity, each with why it matters, what we saw and how to fix it. */
export function findingsSection(result: ScanResult, meta: RuleMetaLookup): string {
  const failed = failedRules(result)
  if (failed.length === 0) return ''
  const { byFinding } = indexEvidence(failed)
  const groups = SEVERITIES.map((severity: Severity) => {
    const cards = failed
      .map((rule, i) => (rule.severity === severity ? ruleCard(rule, i, meta, byFinding) : ''))
      .filter((card) => card !== '')
    if (cards.length === 0) return ''
    return `<h3 class="group">${SEVERITY_LABEL[severity]} (${cards.length})</h3>\n${cards.join('\n')}`
  })
  const odd = failed
    .map((rule, i) =>
      (SEVERITIES as readonly string[]).includes(rule.severity)
        ? ''
        : ruleCard(rule, i, meta, byFinding)
    )
    .filter((card) => card !== '')
  return `<section><h2>Problems found</h2>\n${[...groups, ...odd].filter((g) => g !== '').join('\n')}\n</section>`
}
