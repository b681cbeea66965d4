import type { DiffFinding, GradeChange, ScanDiff } from '../diff.ts'
import { SEVERITY_LABEL, formatDate } from '../present.ts'
import { clip, escapeHtml } from './escape.ts'

const MAX_LISTED = 200
const CHANGE_WORD = { better: 'better', worse: 'worse', same: 'unchanged' } as const

function gradeRow(name: string, g: GradeChange): string {
  const cls = g.change === 'better' ? 'fixed' : g.change === 'worse' ? 'new' : ''
  return `<tr><td>${name}</td><td>${escapeHtml(g.before ?? '–')}</td><td>${escapeHtml(g.after ?? '–')}</td><td class="${cls}">${CHANGE_WORD[g.change]}</td></tr>`
}

function list(title: string, cls: string, findings: DiffFinding[]): string {
  if (findings.length === 0) return `<p><strong>${title}:</strong> none.</p>`
  const items = findings
    .slice(0, MAX_LISTED)
    .map(
      (f) =>
        `<li><span class="sev sev-${escapeHtml(f.severity)}">${escapeHtml(SEVERITY_LABEL[f.severity] ?? f.severity)}</span> ${escapeHtml(f.title)}: ${escapeHtml(clip(f.message, 500))}</li>`
    )
  const more =
    findings.length > MAX_LISTED ? `<li>…and ${findings.length - MAX_LISTED} more</li>` : ''
  return `<p class="${cls}">${title} (${findings.length})</p><ul>${items.join('\n')}${more}</ul>`
}

/** "What changed since the last scan", for the scan report. */
export function diffSection(diff: ScanDiff): string {
  const warning = diff.sameTarget
    ? ''
    : '<div class="notice">The earlier scan was of a different site, so this comparison may not mean much.</div>'
  const rules = diff.ruleChanges
    .slice(0, MAX_LISTED)
    .map(
      (r) =>
        `<tr><td><code>${escapeHtml(r.ruleId)}</code></td><td>${escapeHtml(r.title)}</td><td>${escapeHtml(r.before ?? 'not checked')}</td><td>${escapeHtml(r.after ?? 'not checked')}</td></tr>`
    )
  return `<section><h2>Changes since ${escapeHtml(formatDate(diff.older.collectedAt))}</h2>
${warning}
<table><thead><tr><th>Grade</th><th>Before</th><th>Now</th><th>Change</th></tr></thead><tbody>
${gradeRow('Overall', diff.grades.overall)}
${gradeRow('Encryption (TLS)', diff.grades.tls)}
${gradeRow('Website settings', diff.grades.web)}
</tbody></table>
${list('New problems', 'new', diff.findings.new)}
${list('Fixed since last time', 'fixed', diff.findings.fixed)}
<p class="small muted">${diff.findings.unchanged.length} problem(s) unchanged.</p>
${rules.length > 0 ? `<table class="small"><thead><tr><th>Check</th><th>Title</th><th>Before</th><th>Now</th></tr></thead><tbody>${rules.join('\n')}</tbody></table>` : ''}
</section>`
}
