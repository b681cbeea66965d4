/**
 * The practice-guide checklist: profile questions first, then the applicable items by domain,
 * scored with the latest finished scan so contradicted answers are flagged. Answers are saved to
 * the server (per organisation) one at a time as the owner gives them.
 */
import { LitElement, css, html, nothing } from 'lit'
import type { TemplateResult } from 'lit'
import { DOMAINS } from '../../rules/checklist/model.ts'
import { combinedPosture } from '../../rules/checklist/posture.ts'
import { observationsFromScan } from '../../rules/checklist/scan-evidence.ts'
import { scoreChecklist } from '../../rules/checklist/scoring.ts'
import type { ChecklistScore } from '../../rules/checklist/scoring.ts'
import { failureMessage } from '../error-message.ts'
import { api } from '../api.ts'
import type { ApiAnswer, ChecklistState, ScanDetail, ScanSummary } from '../api-types.ts'
import { hasProfile, storedAnswer, toOwnerAnswers, toProfileAnswers } from '../checklist-state.ts'
import { LocaleController, t } from '../i18n/index.ts'
import { href } from '../router.ts'
import { shared } from '../styles.ts'
import './hs-profile-form.ts'
import './hs-posture.ts'
import './hs-checklist-domain.ts'
import './hs-scan-picker.ts'
import { readPick, writePick } from '../scan-pick.ts'
import type { SaveState } from './hs-checklist-item.ts'

export class HsChecklistView extends LitElement {
  static override properties = {
    state: { state: true },
    scan: { state: true },
    scans: { state: true },
    editingProfile: { state: true },
    saveStates: { state: true },
    error: { state: true },
    profileBusy: { state: true },
  }
  static override styles = [
    shared,
    css`
      .intro {
        max-width: 48rem;
      }
    `,
  ]
  declare state: ChecklistState | undefined
  declare scan: ScanDetail | undefined
  declare scans: ScanSummary[]
  declare editingProfile: boolean
  declare saveStates: Record<string, SaveState>
  declare error: string
  declare profileBusy: boolean
  declare private firstOpen: string | undefined

  constructor() {
    super()
    new LocaleController(this)
    this.state = undefined
    this.scan = undefined
    this.scans = []
    this.editingProfile = false
    this.saveStates = {}
    this.error = ''
    this.profileBusy = false
    this.firstOpen = undefined
    this.addEventListener('answer-save', (e) => void this.saveAnswer(e as CustomEvent))
    this.addEventListener('profile-save', (e) => void this.saveProfile(e as CustomEvent))
    this.addEventListener('scan-pick', (e) => void this.pickScan(e as CustomEvent))
  }

  override connectedCallback(): void {
    super.connectedCallback()
    void this.load()
  }

  private async load(): Promise<void> {
    try {
      this.state = await api.getChecklist()
    } catch (error) {
      this.error = failureMessage(error)
      return
    }
    this.editingProfile = !hasProfile(toProfileAnswers(this.state.profile))
    await this.loadLatestScan()
  }

  /**
   * A finished scan links scan findings to the items: the one the owner picked before, else the
   * most recent. None is fine.
   */
  private async loadLatestScan(): Promise<void> {
    try {
      const list = await api.listScans({ limit: 50 })
      this.scans = list.items.filter((s) => s.status === 'done')
      const stored = readPick()
      const pick = stored === null ? this.scans[0] : this.scans.find((s) => s.id === stored)
      this.scan = pick ? await api.getScan(pick.id) : undefined
    } catch {
      this.scan = undefined
    }
  }

  private async pickScan(event: CustomEvent): Promise<void> {
    const id = String(event.detail)
    writePick(id)
    try {
      this.scan = id ? await api.getScan(id) : undefined
    } catch (error) {
      this.error = failureMessage(error)
    }
  }

  private async saveProfile(event: CustomEvent): Promise<void> {
    const profile = event.detail as ChecklistState['profile']
    this.profileBusy = true
    try {
      await api.saveProfile(profile)
      this.state = { answers: this.state?.answers ?? {}, profile }
      this.editingProfile = false
      this.firstOpen = undefined
      this.error = ''
    } catch {
      this.error = t('checklist.saveError')
    } finally {
      this.profileBusy = false
    }
  }

  private async saveAnswer(event: CustomEvent): Promise<void> {
    const { itemId, answer, note } = event.detail as {
      itemId: string
      answer: ApiAnswer
      note: string
    }
    this.saveStates = { ...this.saveStates, [itemId]: 'saving' }
    try {
      await api.saveAnswer(itemId, answer, note || undefined)
      const answers = { ...(this.state?.answers ?? {}), [itemId]: storedAnswer(answer, note) }
      this.state = { profile: this.state?.profile ?? {}, answers }
      this.saveStates = { ...this.saveStates, [itemId]: 'saved' }
    } catch {
      this.saveStates = { ...this.saveStates, [itemId]: 'error' }
    }
  }

  private score(state: ChecklistState): ChecklistScore {
    const result = this.scan?.result
    return scoreChecklist({
      profile: toProfileAnswers(state.profile),
      answers: toOwnerAnswers(state.answers),
      scan: result ? observationsFromScan(result) : null,
    })
  }

  override render(): TemplateResult {
    const state = this.state
    const head = html`<h1>${t('checklist.title')}</h1>
      <p class="intro">${t('checklist.intro')}</p>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}`
    if (!state)
      return html`${head}${this.error ? nothing : html`<p role="status">${t('common.loading')}</p>`}`
    if (this.editingProfile) {
      return html`${head}
        <section class="card" aria-labelledby="profile-h">
          <h2 id="profile-h">${t('profile.title')}</h2>
          <hs-profile-form .profile=${state.profile} ?busy=${this.profileBusy}></hs-profile-form>
        </section>`
    }
    const score = this.score(state)
    const profile = toProfileAnswers(state.profile)
    const result = this.scan?.result ?? null
    const posture = combinedPosture(result, score)
    // Chosen once, so answering the last item of a domain does not fold it away under the user.
    this.firstOpen ??=
      DOMAINS.find((d) =>
        score.items.some((r) => r.item.domain === d.id && !state.answers[r.item.id])
      )?.id ?? DOMAINS[0]?.id
    const firstOpen = this.firstOpen
    return html`${head}
      <p class="row">
        <button type="button" class="secondary" @click=${() => (this.editingProfile = true)}>
          ${t('profile.change')}
        </button>
        ${
          this.scans.length > 0
            ? html`<hs-scan-picker
                .scans=${this.scans}
                selected=${this.scan?.id ?? ''}
              ></hs-scan-picker>`
            : nothing
        }
        ${
          this.scan
            ? html`<a href=${href.scan(this.scan.id)}>${t('checklist.openScan')}</a>`
            : html`<span class="muted">${t('checklist.noScan')}</span>
                <a href=${href.home()}>${t('nav.scan')}</a>`
        }
      </p>
      <hs-posture .posture=${posture} .score=${score}></hs-posture>
      ${DOMAINS.map((d) => {
        const results = score.items.filter((r) => r.item.domain === d.id)
        return html`<hs-checklist-domain
          .domain=${d}
          .results=${results}
          .answers=${state.answers}
          .score=${score.domains.find((x) => x.domain === d.id)?.score ?? null}
          .scanRules=${result?.rules ?? []}
          .profile=${profile}
          .saveStates=${this.saveStates}
          ?open=${d.id === firstOpen}
        ></hs-checklist-domain>`
      })}`
  }
}

customElements.define('hs-checklist-view', HsChecklistView)

declare global {
  interface HTMLElementTagNameMap {
    'hs-checklist-view': HsChecklistView
  }
}
