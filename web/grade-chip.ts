/** A small coloured letter-grade chip for tables (a template helper, not an element). */
import { html } from 'lit'
import type { TemplateResult } from 'lit'
import { gradeTone } from './format.ts'

export function gradeChip(letter: string | null | undefined): TemplateResult {
  return html`<span class=${`chip tone-${gradeTone(letter)}`}>${letter || '—'}</span>`
}
