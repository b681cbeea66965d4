import type { ScanResult } from '../../rules/types.ts'
import { categoryLabel } from '../present.ts'
import { escapeHtml } from './escape.ts'

/** Per-area scores: where the problems are, at a glance. */
export function categoriesTable(result: ScanResult): string {
  if (result.categories.length === 0) return ''
  const rows = result.categories.slice(0, 50).map((c) => {
    const score = c.score === null ? '–' : `${c.score}/100`
    const errored = c.errored > 0 ? `${c.errored}` : ''
    return `<tr><td>${escapeHtml(categoryLabel(c.id))}</td><td>${escapeHtml(score)}</td><td>${escapeHtml(c.passed)}</td><td>${escapeHtml(c.failed)}</td><td>${escapeHtml(errored)}</td></tr>`
  })
  return `<table class="small"><thead><tr><th>Area</th><th>Score</th><th>Passed</th><th>Problems</th><th>Could not run</th></tr></thead><tbody>
${rows.join('\n')}
</tbody></table>`
}
