/** One checklist domain: its progress and score, and its items inside a disclosure. */
import { LitElement, css, html, nothing } from 'lit'
import type { TemplateResult } from 'lit'
import type { ItemResult } from '../../rules/checklist/item-result.ts'
import { profileGuidance } from '../../rules/checklist/guidance.ts'
import type { ChecklistDomain, ProfileAnswers } from '../../rules/checklist/types.ts'
import type { RuleResult } from '../../rules/types.ts'
import type { StoredAnswer } from '../api-types.ts'
import { formatNumber } from '../format.ts'
import { LocaleController, t } from '../i18n/index.ts'
import { l } from '../labels.ts'
import { shared } from '../styles.ts'
import './hs-checklist-item.ts'
import type { SaveState } from './hs-checklist-item.ts'

export class HsChecklistDomain extends LitElement {
  static override properties = {
    domain: { attribute: false },
    results: { attribute: false },
    answers: { attribute: false },
    score: { attribute: false },
    scanRules: { attribute: false },
    saveStates: { attribute: false },
    open: { type: Boolean },
    profile: { attribute: false },
  }
  static override styles = [
    shared,
    css`
      summary {
        list-style: none;
        cursor: pointer;
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1rem;
        align-items: center;
        padding: 0.5rem 0;
      }
      summary::-webkit-details-marker {
        display: none;
      }
      summary::before {
        content: '▸';
        color: var(--hs-primary);
        font-size: 1.2rem;
      }
      details[open] > summary::before {
        content: '▾';
      }
      summary h2 {
        font-size: 1.2rem;
        margin: 0;
        flex: 1 1 16rem;
      }
      progress {
        width: 10rem;
        height: 0.9rem;
      }
      .numbers {
        font-size: 0.95rem;
      }
      .items {
        margin-top: 0.75rem;
      }
    `,
  ]
  declare domain: ChecklistDomain | undefined
  declare results: readonly ItemResult[]
  declare answers: Readonly<Record<string, StoredAnswer>>
  declare score: number | null
  declare scanRules: readonly RuleResult[]
  declare saveStates: Readonly<Record<string, SaveState>>
  declare open: boolean
  declare profile: ProfileAnswers

  constructor() {
    super()
    new LocaleController(this)
    this.domain = undefined
    this.results = []
    this.answers = {}
    this.score = null
    this.scanRules = []
    this.saveStates = {}
    this.open = false
    this.profile = {}
  }

  override render(): TemplateResult | typeof nothing {
    const d = this.domain
    if (!d || this.results.length === 0) return nothing
    const answered = this.results.filter((r) => this.answers[r.item.id] !== undefined).length
    const total = this.results.length
    const flagged = this.results.filter((r) => r.adjustment !== undefined).length
    const progressId = `progress-${d.id}`
    return html`<details class="card" ?open=${this.open} data-domain=${d.id}>
      <summary>
        <h2>${l(d.name)}</h2>
        <span class="numbers">
          <span id=${progressId}>${t('checklist.progress', { answered, total })}</span>
          <progress max=${total} value=${answered} aria-labelledby=${progressId}></progress>
          ${
            this.score !== null
              ? html` · ${t('checklist.domainScore', { score: formatNumber(this.score) })}`
              : nothing
          }
          ${flagged > 0 ? html` · <strong>${t('checklist.flaggedCount', { count: flagged })}</strong>` : nothing}
        </span>
      </summary>
      <div class="items">
        ${this.results.map(
          (r) =>
            html`<hs-checklist-item
              .result=${r}
              .stored=${this.answers[r.item.id]}
              .scanRules=${this.scanRules}
              .guidance=${profileGuidance(r.item, this.profile)}
              .saveState=${this.saveStates[r.item.id] ?? 'idle'}
            ></hs-checklist-item>`
        )}
      </div>
    </details>`
  }
}

customElements.define('hs-checklist-domain', HsChecklistDomain)

declare global {
  interface HTMLElementTagNameMap {
    'hs-checklist-domain': HsChecklistDomain
  }
}
