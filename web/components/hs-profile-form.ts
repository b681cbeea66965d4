/**
 * The profile questions asked before the checklist. Their answers decide which items apply.
 * @fires profile-save - detail: the profile as stored by the API
 */
import { LitElement, css, html, nothing } from 'lit'
import type { TemplateResult } from 'lit'
import { PROFILE_QUESTIONS } from '../../rules/checklist/model.ts'
import type { ProfileQuestion } from '../../rules/checklist/types.ts'
import type { ChecklistState } from '../api-types.ts'
import { hasProfile, toProfileAnswers } from '../checklist-state.ts'
import { LocaleController, t } from '../i18n/index.ts'
import { l } from '../labels.ts'
import { shared } from '../styles.ts'

type StoredProfile = ChecklistState['profile']

export class HsProfileForm extends LitElement {
  static override properties = {
    profile: { attribute: false },
    busy: { type: Boolean },
    incomplete: { state: true },
  }
  static override styles = [
    shared,
    css`
      fieldset {
        border: 1px solid var(--hs-border);
        border-radius: 6px;
        margin: 0 0 1rem;
        padding: 0.75rem 1rem;
      }
      legend {
        font-weight: 700;
        padding: 0 0.25rem;
      }
      .option {
        display: flex;
        gap: 0.5rem;
        align-items: flex-start;
        padding: 0.2rem 0;
      }
      .option label {
        font-weight: 400;
      }
      input[type='checkbox'],
      input[type='radio'] {
        width: 1.1rem;
        height: 1.1rem;
        margin-top: 0.2rem;
      }
    `,
  ]
  declare profile: StoredProfile
  declare busy: boolean
  /** Sent without the questions that decide which items apply: said, not saved. */
  declare incomplete: boolean

  constructor() {
    super()
    new LocaleController(this)
    this.profile = {}
    this.busy = false
    this.incomplete = false
  }

  private isChecked(q: ProfileQuestion, value: string): boolean {
    const stored = this.profile[q.id]
    if (q.type === 'multi') return Array.isArray(stored) && stored.includes(value)
    if (q.type === 'boolean') return stored === (value === 'yes')
    return stored === value
  }

  private question(q: ProfileQuestion): TemplateResult {
    const type = q.type === 'multi' ? 'checkbox' : 'radio'
    const options =
      q.type === 'boolean'
        ? [
            { value: 'yes', label: t('common.yes') },
            { value: 'no', label: t('common.no') },
          ]
        : q.options.map((o) => ({ value: o.value, label: l(o.label) }))
    return html`<fieldset data-question=${q.id}>
      <legend>${l(q.question)}</legend>
      ${options.map((o, i) => {
        const id = `${q.id}-${i}`
        return html`<div class="option">
          <input
            type=${type}
            id=${id}
            name=${q.id}
            .value=${o.value}
            ?checked=${this.isChecked(q, o.value)}
          />
          <label for=${id}>${o.label}</label>
        </div>`
      })}
    </fieldset>`
  }

  private submit(event: SubmitEvent): void {
    event.preventDefault()
    const data = new FormData(event.currentTarget as HTMLFormElement)
    const profile: StoredProfile = {}
    for (const q of PROFILE_QUESTIONS) {
      const values = data.getAll(q.id).map(String)
      if (values.length === 0) continue
      if (q.type === 'multi') profile[q.id] = values
      else if (q.type === 'boolean') profile[q.id] = values[0] === 'yes'
      else profile[q.id] = values[0] ?? ''
    }
    this.incomplete = !hasProfile(toProfileAnswers(profile))
    if (this.incomplete) return
    this.dispatchEvent(
      new CustomEvent('profile-save', { detail: profile, bubbles: true, composed: true })
    )
  }

  override render(): TemplateResult {
    return html`<form @submit=${this.submit}>
      <p>${t('profile.help')}</p>
      ${PROFILE_QUESTIONS.map((q) => this.question(q))}
      ${this.incomplete ? html`<p class="error" role="alert">${t('profile.required')}</p>` : nothing}
      <button type="submit" ?disabled=${this.busy}>${t('profile.save')}</button>
    </form>`
  }
}

customElements.define('hs-profile-form', HsProfileForm)

declare global {
  interface HTMLElementTagNameMap {
    'hs-profile-form': HsProfileForm
  }
}
