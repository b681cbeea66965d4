import type { ChecklistSummary } from '../types.ts'
import { clip, escapeHtml } from './escape.ts'

const MAX_ITEMS = 100
const LEVEL_NAMES = ['Getting started', 'Essential', 'Managed', 'Resilient']

/** The organisation's self-assessment beside the scan, when it has one. */
export function checklistSection(checklist: ChecklistSummary | undefined): string {
  if (!checklist) return ''
  const levelName = checklist.levelName ?? LEVEL_NAMES[checklist.level] ?? ''
  const items = (checklist.items ?? [])
    .slice(0, MAX_ITEMS)
    .map(
      (i) =>
        `<tr><td><code>${escapeHtml(i.id)}</code></td><td>${escapeHtml(clip(i.title, 300))}</td><td>${escapeHtml(i.answer ?? '')}</td><td>${escapeHtml(i.severity ?? '')}</td></tr>`
    )
  const table =
    items.length === 0
      ? ''
      : `<table><thead><tr><th>Item</th><th>Practice</th><th>Answer</th><th>Severity</th></tr></thead><tbody>${items.join('\n')}</tbody></table>`
  return `<section><h2>Security practice checklist</h2>
<p>Score <strong>${escapeHtml(Math.round(checklist.score))}/100</strong>, maturity level <strong>${escapeHtml(checklist.level)}</strong>${levelName ? ` (${escapeHtml(levelName)})` : ''}.
This comes from the organisation's own answers; the scan above checks only the public website.</p>
${table}
</section>`
}
