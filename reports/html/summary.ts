import type { Grade, ScanResult } from '../../rules/types.ts'
import {
  SEVERITY_LABEL,
  failedRules,
  findingsOf,
  formatDate,
  severityCounts,
  staleData,
  STALE_DATA_DAYS,
} from '../present.ts'
import type { RuleMetaLookup } from '../types.ts'
import { categoriesTable } from './categories.ts'
import { clip, escapeHtml, link } from './escape.ts'
import { gradeClass } from './layout.ts'

const TOP_PROBLEMS = 5

export function reportHeader(result: ScanResult): string {
  const t = result.target
  const host = t.hostUnicode ? `${t.hostUnicode} (${t.host})` : t.host
  return `<header class="report">
<h1>Website security report</h1>
<p><strong>${escapeHtml(clip(host, 300))}</strong> · ${link(t.url, clip(t.url, 500))}</p>
<p class="muted small">Scanned ${escapeHtml(formatDate(result.collectedAt))} · HarbourScan ${escapeHtml(result.scannerVersion)}</p>
</header>`
}

function gradeBox(name: string, grade: Grade): string {
  const letter = grade.letter === null ? '–' : grade.letter
  const score =
    grade.score === null ? '' : ` <span class="muted small">(${escapeHtml(grade.score)}/100)</span>`
  const reasons = grade.reasons.slice(0, 8).map((r) => `<li>${escapeHtml(clip(r, 300))}</li>`)
  return `<div class="grade"><div class="badge ${gradeClass(grade.letter)}">${escapeHtml(letter)}</div>
<div><h3>${name}${score}</h3>${reasons.length > 0 ? `<ul>${reasons.join('')}</ul>` : '<p class="small muted">No deductions.</p>'}</div></div>`
}

export function gradesSection(result: ScanResult): string {
  const { overall, tls, web } = result.grades
  return `<section><h2>Summary</h2><div class="grades">
${gradeBox('Overall', overall)}
${gradeBox('Encryption (TLS)', tls)}
${gradeBox('Website settings', web)}
</div>
${countsLine(result)}
${categoriesTable(result)}
${dataNotice(result)}
${errorNotice(result)}
</section>`
}

function countsLine(result: ScanResult): string {
  const counts = severityCounts(findingsOf(result))
  const parts = Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${SEVERITY_LABEL[s as keyof typeof counts].toLowerCase()}`)
  const passed = result.rules.filter((r) => r.status === 'pass').length
  const problems = parts.length === 0 ? 'No problems found' : `Problems found: ${parts.join(', ')}`
  return `<p>${problems}. ${passed} of ${result.rules.length} checks passed.</p>`
}

function dataNotice(result: ScanResult): string {
  if (result.dataVersions.length === 0) {
    return '<p class="small muted">No vulnerability data was loaded for this scan, so software versions were not compared with known problems.</p>'
  }
  const stale = staleData(result)
  const list = result.dataVersions
    .map(
      (d) =>
        `${escapeHtml(d.source)} ${escapeHtml(d.version)}${d.upstreamDate ? ` (${escapeHtml(formatDate(d.upstreamDate))})` : ''}`
    )
    .join('; ')
  if (stale.length === 0) return `<p class="small muted">Vulnerability data: ${list}.</p>`
  return `<div class="notice"><strong>The vulnerability data used was more than ${STALE_DATA_DAYS} days old at the time of the scan</strong>
(${list}). Problems published since then are not covered; update the data and scan again.</div>`
}

function errorNotice(result: ScanResult): string {
  const errors = Object.entries(result.collectorErrors)
  const errored = result.rules.filter((r) => r.status === 'error').length
  if (errors.length === 0 && errored === 0) return ''
  const items = errors.map(
    ([name, e]) =>
      `<li><strong>${escapeHtml(name)}</strong>: ${escapeHtml(clip(e?.message ?? '', 500))} <code>${escapeHtml(e?.code ?? '')}</code></li>`
  )
  const head =
    errored > 0
      ? `${errored} of ${result.rules.length} checks could not run.`
      : 'Part of the scan could not collect its data.'
  return `<div class="notice error"><strong>${head}</strong>
A check that could not run is not a pass: scan again later or ask your web developer to look at these.
${items.length > 0 ? `<ul>${items.join('')}</ul>` : ''}</div>`
}

/** The few things an owner should forward first, in plain words. */
export function topProblems(result: ScanResult, meta: RuleMetaLookup): string {
  const failed = failedRules(result).slice(0, TOP_PROBLEMS)
  if (failed.length === 0) {
    return `<section><h2>What to do</h2><p>Nothing urgent: every check that could run passed.</p></section>`
  }
  const items = failed.map((r, i) => {
    const m = meta(r.ruleId)
    const todo = m ? `<br>${escapeHtml(m.remediation)}` : ''
    return `<li><span class="sev sev-${escapeHtml(r.severity)}">${escapeHtml(SEVERITY_LABEL[r.severity] ?? r.severity)}</span>
<a href="#r-${i}">${escapeHtml(r.title)}</a>${todo}</li>`
  })
  return `<section><h2>What to do first</h2><ol class="top">${items.join('\n')}</ol></section>`
}
