import type { BatchSummary, SiteSummary } from '../batch-summary.ts'
import { NOT_GRADED, SCAN_FAILED, summarizeBatch } from '../batch-summary.ts'
import { SEVERITY_LABEL } from '../present.ts'
import type { BatchRow } from '../types.ts'
import { barChart } from './chart.ts'
import { clip, escapeHtml } from './escape.ts'
import { gradeClass, page } from './layout.ts'

const COLOURS: Record<string, string> = {
  'g-a': '#2e7d32',
  'g-b': '#689f38',
  'g-c': '#f9a825',
  'g-d': '#ef6c00',
  'g-f': '#c62828',
  'g-none': '#78909c',
}
/** A batch of 100k rows still opens: the CSV has every site, the HTML the worst ones. */
const MAX_SITE_ROWS = 5000

function colourOf(label: string): string {
  if (label === NOT_GRADED || label === SCAN_FAILED) return COLOURS['g-none'] ?? '#78909c'
  return COLOURS[gradeClass(label)] ?? '#78909c'
}

function grade(letter: string | null): string {
  return `<span class="sev ${gradeClass(letter)}">${escapeHtml(letter ?? '–')}</span>`
}

function siteRow(s: SiteSummary): string {
  const c = s.counts
  if (s.error) {
    return `<tr><td>${escapeHtml(clip(s.input, 200))}</td><td colspan="7">Could not scan: ${escapeHtml(clip(s.error.message, 300))} <code>${escapeHtml(s.error.code)}</code></td></tr>`
  }
  return `<tr><td>${escapeHtml(clip(s.url ?? s.input, 200))}</td><td>${grade(s.overall)}</td><td>${grade(s.tls)}</td><td>${grade(s.web)}</td><td>${c.critical}</td><td>${c.high}</td><td>${c.medium}</td><td>${c.low}</td></tr>`
}

function commonTable(summary: BatchSummary): string {
  if (summary.commonFindings.length === 0) return '<p>No problems were found on any site.</p>'
  const rows = summary.commonFindings.map(
    (f) =>
      `<tr><td>${escapeHtml(f.title)} <span class="small muted">(<code>${escapeHtml(f.ruleId)}</code>)</span></td><td><span class="sev sev-${escapeHtml(f.severity)}">${escapeHtml(SEVERITY_LABEL[f.severity])}</span></td><td>${f.sites}</td><td>${Math.round((100 * f.sites) / Math.max(1, summary.scanned))}%</td></tr>`
  )
  return `<table><thead><tr><th>Problem</th><th>Severity</th><th>Sites</th><th>Share</th></tr></thead><tbody>${rows.join('\n')}</tbody></table>`
}

/** The batch overview for an association or IT provider: distribution, common problems, sites. */
export function batchSummaryHtml(
  rows: readonly BatchRow[],
  title = 'Website security overview'
): string {
  const summary = summarizeBatch(rows)
  const bars = summary.distribution.map((d) => ({ ...d, colour: colourOf(d.label) }))
  const shown = summary.sites.slice(0, MAX_SITE_ROWS)
  const cut = summary.sites.length - shown.length
  const versions = [
    ...new Set(rows.flatMap((r) => (r.result ? [r.result.scannerVersion] : []))),
  ].sort()
  const body = `<header class="report"><h1>${escapeHtml(title)}</h1>
<p>${summary.total} sites: ${summary.scanned} scanned, ${summary.notScanned} could not be scanned.</p></header>
<section><h2>Overall grades</h2>
${barChart(bars, 'Number of sites per overall grade')}
</section>
<section><h2>Most common problems</h2>
${commonTable(summary)}
</section>
<section><h2>Sites, worst first</h2>
<table><thead><tr><th>Site</th><th>Overall</th><th>TLS</th><th>Web</th><th>Critical</th><th>High</th><th>Medium</th><th>Low</th></tr></thead><tbody>
${shown.map(siteRow).join('\n')}
</tbody></table>
${cut > 0 ? `<p class="small muted">${cut} more sites are in the CSV export.</p>` : ''}
</section>`
  return page({ title, body, scannerVersion: versions.join(', ') || 'unknown' })
}
