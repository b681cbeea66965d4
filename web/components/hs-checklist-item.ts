/**
 * One checklist item: the question, answer choices with a note, the guidance on demand, and a
 * flag with the scan finding beside it when the scan contradicts the answer.
 * @fires answer-save - detail: {itemId, answer, note}
 */
import { LitElement, html, nothing } from 'lit'
import type { TemplateResult } from 'lit'
import {
  ANSWER_OPTIONS,
  EVIDENCE_LABELS,
  NEEDS_CHECKING,
  SCAN_SCOPE_NOTE,
} from '../../rules/checklist/labels.ts'
import type { LocalizedText } from '../../rules/checklist/types.ts'
import { citation } from '../../rules/checklist/model.ts'
import type { ItemResult } from '../../rules/checklist/item-result.ts'
import type { RuleResult } from '../../rules/types.ts'
import type { StoredAnswer } from '../api-types.ts'
import { toApiAnswer, toModelAnswer } from '../checklist-state.ts'
import { LocaleController, getLocale, t } from '../i18n/index.ts'
import { l, severityLabel } from '../labels.ts'
import { shared } from '../styles.ts'
import { itemStyles } from './checklist-item-styles.ts'

export type SaveState = 'idle' | 'saving' | 'saved' | 'error'

export class HsChecklistItem extends LitElement {
  static override properties = {
    result: { attribute: false },
    stored: { attribute: false },
    scanRules: { attribute: false },
    saveState: { type: String },
    guidance: { attribute: false },
  }
  static override styles = [shared, itemStyles]
  declare result: ItemResult | undefined
  declare stored: StoredAnswer | undefined
  declare scanRules: readonly RuleResult[]
  declare saveState: SaveState
  /** Extra notes for this business's profile (regulated firms, personal data). */
  declare guidance: readonly LocalizedText[]

  constructor() {
    super()
    new LocaleController(this)
    this.result = undefined
    this.stored = undefined
    this.scanRules = []
    this.saveState = 'idle'
    this.guidance = []
  }

  private save(answer: string, note: string): void {
    if (!this.result) return
    const detail = { itemId: this.result.item.id, answer, note }
    this.dispatchEvent(new CustomEvent('answer-save', { detail, bubbles: true, composed: true }))
  }

  private current(): { answer: string; note: string } {
    const answer = this.renderRoot.querySelector<HTMLInputElement>('input[type=radio]:checked')
    const note = this.renderRoot.querySelector<HTMLTextAreaElement>('textarea')
    return { answer: answer?.value ?? '', note: note?.value.trim() ?? '' }
  }

  private onAnswer(): void {
    const { answer, note } = this.current()
    if (answer) this.save(answer, note)
  }

  private onNote(): void {
    const { answer, note } = this.current()
    if (answer && note !== (this.stored?.note ?? '')) this.save(answer, note)
  }

  override render(): TemplateResult | typeof nothing {
    const r = this.result
    if (!r) return nothing
    const item = r.item
    const id = item.id
    const chosen = this.stored ? toApiAnswer(toModelAnswer(this.stored.answer)) : ''
    const contradicted = r.adjustment !== undefined
    return html`<article class=${`card item ${contradicted ? 'flagged' : ''}`} data-item=${id}>
      <fieldset>
        <legend>
          <span class="id">${id}</span> <span class="question">${l(item.question)}</span>
        </legend>
        <p class="meta muted">
          ${l(item.title)} · ${severityLabel(item.severity)} ·
          ${t('checklist.level', { level: item.level })}
        </p>
        <div class="answers" @change=${this.onAnswer}>
          ${ANSWER_OPTIONS.map((o) => {
            const value = toApiAnswer(o.value)
            const inputId = `${id}-${o.value}`
            return html`<span class="choice">
              <input
                type="radio"
                id=${inputId}
                name=${`answer-${id}`}
                .value=${value}
                ?checked=${chosen === value}
              />
              <label for=${inputId}>${l(o.label)}</label>
            </span>`
          })}
        </div>
        <label class="note-label" for=${`${id}-note`}>${t('checklist.note')}</label>
        <textarea
          id=${`${id}-note`}
          rows="2"
          maxlength="2000"
          .value=${this.stored?.note ?? ''}
          aria-describedby=${`${id}-note-help`}
          @change=${this.onNote}
        ></textarea>
        <p id=${`${id}-note-help`} class="muted small">${t('checklist.noteHelp')}</p>
        <p class="status" role="status">${this.statusText()}</p>
        ${r.ownerAnswer === 'unsure' ? html`<p class="needs">${l(NEEDS_CHECKING)}</p>` : nothing}
        ${
          chosen === 'na' && !this.stored?.note?.trim()
            ? html`<p class="warn">${t('checklist.naNeedsReason')}</p>`
            : nothing
        }
      </fieldset>
      ${contradicted ? this.renderFlag(r) : nothing}
      ${
        r.suggestion === 'yes' && r.explanation
          ? html`<p class="suggest">${l(r.explanation)}</p>`
          : nothing
      }
      ${
        r.evidence === 'scan_verified'
          ? html`<p class="verified">
              <strong>${l(EVIDENCE_LABELS.scan_verified)}</strong>. ${l(SCAN_SCOPE_NOTE)}
            </p>`
          : nothing
      }
      ${this.guidance.map((g) => html`<p class="note-box">${l(g)}</p>`)}
      <details>
        <summary>${t('checklist.guidance')}</summary>
        <h4>${t('checklist.why')}</h4>
        <p>${l(item.why_it_matters)}</p>
        <h4>${t('checklist.how')}</h4>
        <ol>
          ${item.how_to_comply.map((step) => html`<li>${l(step)}</li>`)}
        </ol>
        <h4>${t('checklist.evidence')}</h4>
        <ul>
          ${item.evidence.map((e) => html`<li>${l(e)}</li>`)}
        </ul>
        <h4>${t('checklist.sources')}</h4>
        <ul>
          ${item.sources.map((s) => html`<li>${citation(s.ref, s.clause, getLocale())}</li>`)}
        </ul>
      </details>
    </article>`
  }

  private statusText(): string {
    if (this.saveState === 'saving') return t('checklist.saving')
    if (this.saveState === 'saved') return t('checklist.saved')
    if (this.saveState === 'error') return t('checklist.saveError')
    return ''
  }

  private renderFlag(r: ItemResult): TemplateResult {
    const rules = this.scanRules.filter((rule) => r.failedRuleIds.includes(rule.ruleId))
    return html`<div class="flag" role="note" aria-label=${t('checklist.contradicted')}>
      <p>
        <strong>${t('checklist.contradicted')}</strong
        >${r.explanation ? html` ${l(r.explanation)}` : nothing}
      </p>
      <ul>
        ${rules.map(
          (rule) =>
            html`<li class="scan-finding" data-rule=${rule.ruleId}>
              <span class=${`badge sev-${rule.severity}`}>${severityLabel(rule.severity)}</span>
              <span lang="en">${rule.title}</span>
            </li>`
        )}
      </ul>
    </div>`
  }
}

customElements.define('hs-checklist-item', HsChecklistItem)

declare global {
  interface HTMLElementTagNameMap {
    'hs-checklist-item': HsChecklistItem
  }
}
