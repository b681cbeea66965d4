/** Incident responder: a target's scan history, with a way to compare two scans. */
import { LitElement, css, html, nothing } from 'lit'
import type { PropertyValues, TemplateResult } from 'lit'
import { api } from '../api.ts'
import type { ScanSummary } from '../api-types.ts'
import { failureMessage } from '../error-message.ts'
import { formatDate } from '../format.ts'
import { gradeChip } from '../grade-chip.ts'
import { LocaleController, t } from '../i18n/index.ts'
import { href } from '../router.ts'
import { shared } from '../styles.ts'

export class HsHistoryView extends LitElement {
  static override properties = {
    target: { type: String },
    scans: { state: true },
    error: { state: true },
  }
  static override styles = [
    shared,
    css`
      form.lookup {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        align-items: flex-end;
      }
      .field {
        display: grid;
        gap: 0.25rem;
      }
      .table-wrap {
        overflow-x: auto;
      }
      td.url {
        word-break: break-all;
      }
    `,
  ]
  declare target: string
  declare scans: ScanSummary[] | undefined
  declare error: string

  constructor() {
    super()
    new LocaleController(this)
    this.target = ''
    this.scans = undefined
    this.error = ''
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('target')) void this.load()
  }

  private async load(): Promise<void> {
    this.error = ''
    this.scans = undefined
    try {
      const list = await api.listScans(
        this.target ? { target: this.target, limit: 50 } : { limit: 50 }
      )
      this.scans = list.items
    } catch (error) {
      this.error = failureMessage(error)
    }
  }

  private lookup(event: SubmitEvent): void {
    event.preventDefault()
    const value = String(new FormData(event.currentTarget as HTMLFormElement).get('target') ?? '')
    location.hash = href.history(value.trim())
  }

  private compare(event: SubmitEvent): void {
    event.preventDefault()
    const data = new FormData(event.currentTarget as HTMLFormElement)
    const from = String(data.get('from') ?? '')
    const to = String(data.get('to') ?? '')
    if (from && to) location.hash = href.diff(from, to)
  }

  override render(): TemplateResult {
    return html`<h1>${t('history.title')}</h1>
      <p>${t('history.intro')}</p>
      <form class="lookup card" @submit=${this.lookup} role="search">
        <div class="field">
          <label for="target">${t('history.target')}</label>
          <input
            id="target"
            name="target"
            type="search"
            .value=${this.target}
            placeholder="www.example.com.hk"
          />
        </div>
        <button type="submit">${t('history.show')}</button>
      </form>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      ${this.scans === undefined && !this.error ? html`<p role="status">${t('common.loading')}</p>` : nothing}
      ${this.scans ? this.renderList(this.scans) : nothing}`
  }

  private renderList(scans: ScanSummary[]): TemplateResult {
    if (scans.length === 0) return html`<p class="card">${t('history.none')}</p>`
    const done = scans.filter((s) => s.status === 'done')
    const label = (s: ScanSummary) => `${formatDate(s.createdAt)} · ${s.url}`
    return html`<section class="card" aria-labelledby="list-h">
        <h2 id="list-h">
          ${this.target ? t('history.listFor', { target: this.target }) : t('history.recent')}
        </h2>
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">${t('history.date')}</th>
                <th scope="col">${t('history.site')}</th>
                <th scope="col">${t('history.status')}</th>
                <th scope="col">${t('grade.overall')}</th>
                <th scope="col">${t('history.actions')}</th>
              </tr>
            </thead>
            <tbody>
              ${scans.map(
                (s) =>
                  html`<tr data-scan=${s.id}>
                    <td>${formatDate(s.createdAt)}</td>
                    <td class="url">${s.url}</td>
                    <td>${t(`status.${s.status}`)}</td>
                    <td>${gradeChip(s.grades?.overall)}</td>
                    <td>
                      <a href=${href.scan(s.id)}>${t('history.view')}</a>
                      ${
                        s.status === 'done'
                          ? html` · <a href=${href.evidence(s.id)}>${t('history.evidence')}</a>`
                          : nothing
                      }
                    </td>
                  </tr>`
              )}
            </tbody>
          </table>
        </div>
      </section>
      ${
        done.length >= 2
          ? html`<section class="card" aria-labelledby="cmp-h">
              <h2 id="cmp-h">${t('history.compare')}</h2>
              <form class="lookup" @submit=${this.compare}>
                <div class="field">
                  <label for="from">${t('history.older')}</label>
                  <select id="from" name="from">
                    ${done.map((s, i) => html`<option value=${s.id} ?selected=${i === 1}>${label(s)}</option>`)}
                  </select>
                </div>
                <div class="field">
                  <label for="to">${t('history.newer')}</label>
                  <select id="to" name="to">
                    ${done.map((s, i) => html`<option value=${s.id} ?selected=${i === 0}>${label(s)}</option>`)}
                  </select>
                </div>
                <button type="submit">${t('history.compareButton')}</button>
              </form>
            </section>`
          : nothing
      }`
  }
}

customElements.define('hs-history-view', HsHistoryView)

declare global {
  interface HTMLElementTagNameMap {
    'hs-history-view': HsHistoryView
  }
}
