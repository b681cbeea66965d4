import type { ScanResult } from '../../rules/types.ts'
import { failedRules } from '../present.ts'
import { clip, escapeHtml } from './escape.ts'
import { MAX_EVIDENCE, indexEvidence } from './evidence-index.ts'

const MAX_VALUE = 4000
const STATUS_LABEL: Record<string, string> = {
  pass: 'Passed',
  fail: 'Problem',
  'not-applicable': 'Not applicable',
  error: 'Could not run',
}

function evidenceTable(result: ScanResult): string {
  const { entries } = indexEvidence(failedRules(result))
  if (entries.length === 0) return '<p class="muted">No evidence was recorded.</p>'
  const rows = entries.map(
    (e) => `<tr id="e-${e.n}"><td>E${e.n}</td><td><code>${escapeHtml(e.rule.ruleId)}</code></td>
<td>${escapeHtml(clip(e.evidence.label, 200))}</td><td><pre>${escapeHtml(clip(e.evidence.value, MAX_VALUE))}</pre>${e.evidence.truncated ? '<span class="small muted">(shortened by the scanner)</span>' : ''}</td></tr>`
  )
  const capped =
    entries.length >= MAX_EVIDENCE
      ? `<p class="small muted">Only the first ${MAX_EVIDENCE} items are shown; the JSON result has all of them.</p>`
      : ''
  return `<table><thead><tr><th>#</th><th>Check</th><th>What</th><th>Seen</th></tr></thead><tbody>
${rows.join('\n')}
</tbody></table>${capped}`
}

const MAX_CHECK_ROWS = 1000

function checksTable(result: ScanResult): string {
  const rows = result.rules
    .slice(0, MAX_CHECK_ROWS)
    .map(
      (r) =>
        `<tr><td><code>${escapeHtml(r.ruleId)}</code></td><td>${escapeHtml(r.title)}</td><td>${escapeHtml(STATUS_LABEL[r.status] ?? r.status)}</td><td>${escapeHtml(clip(r.reason ?? '', 500))}</td></tr>`
    )
  return `<table><thead><tr><th>Check</th><th>What we checked</th><th>Status</th><th>Note</th></tr></thead><tbody>
${rows.join('\n')}
</tbody></table>`
}

function scanDetails(result: ScanResult): string {
  const t = result.target
  const skipped = Object.entries(result.skipped).map(
    ([name, why]) =>
      `<li><strong>${escapeHtml(name)}</strong>: ${escapeHtml(clip(why ?? '', 300))}</li>`
  )
  const grades = Object.entries(result.grades).map(
    ([name, g]) => `<li>${escapeHtml(name)}: <code>${escapeHtml(g.algorithm)}</code></li>`
  )
  return `<table><tbody>
<tr><th>Input</th><td>${escapeHtml(clip(t.input, 500))}</td></tr>
<tr><th>URL</th><td>${escapeHtml(clip(t.url, 500))}</td></tr>
<tr><th>Host</th><td>${escapeHtml(t.host)}${t.hostUnicode ? ` (${escapeHtml(t.hostUnicode)})` : ''}, port ${escapeHtml(t.port)}</td></tr>
<tr><th>Scanned</th><td>${escapeHtml(result.collectedAt)}</td></tr>
<tr><th>Result format</th><td>schema version ${escapeHtml(result.schemaVersion)}</td></tr>
</tbody></table>
<p class="small"><strong>Grading methods:</strong></p><ul class="small">${grades.join('')}</ul>
${skipped.length > 0 ? `<p class="small"><strong>Not tested:</strong></p><ul class="small">${skipped.join('')}</ul>` : ''}`
}

/** For the web developer: the raw evidence, every check's status and how the scan was run. */
export function appendix(result: ScanResult): string {
  return `<section class="appendix"><h2>Appendix A: evidence</h2>
${evidenceTable(result)}
<h2>Appendix B: every check</h2>
${checksTable(result)}
<h2>Appendix C: about this scan</h2>
${scanDetails(result)}
</section>`
}
