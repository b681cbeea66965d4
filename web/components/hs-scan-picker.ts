/**
 * Chooses which finished website check the checklist is compared with.
 * @fires scan-pick - detail: the scan id, or '' for none
 */
import { LitElement, css, html } from 'lit'
import type { TemplateResult } from 'lit'
import type { ScanSummary } from '../api-types.ts'
import { formatDate } from '../format.ts'
import { LocaleController, t } from '../i18n/index.ts'
import { shared } from '../styles.ts'

export class HsScanPicker extends LitElement {
  static override properties = { scans: { attribute: false }, selected: { type: String } }
  static override styles = [
    shared,
    css`
      :host {
        display: inline-flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        align-items: center;
      }
      select {
        max-width: 100%;
      }
    `,
  ]
  declare scans: readonly ScanSummary[]
  declare selected: string

  constructor() {
    super()
    new LocaleController(this)
    this.scans = []
    this.selected = ''
  }

  private change(event: Event): void {
    const id = (event.target as HTMLSelectElement).value
    this.dispatchEvent(new CustomEvent('scan-pick', { detail: id, bubbles: true, composed: true }))
  }

  override render(): TemplateResult {
    return html`<label for="scan-pick">${t('checklist.scanPick')}</label>
      <select id="scan-pick" @change=${this.change}>
        <option value="" ?selected=${this.selected === ''}>${t('checklist.scanNone')}</option>
        ${this.scans.map(
          (s) =>
            html`<option value=${s.id} ?selected=${s.id === this.selected}>
              ${s.url} · ${formatDate(s.finishedAt ?? s.createdAt)}
            </option>`
        )}
      </select>`
  }
}

customElements.define('hs-scan-picker', HsScanPicker)

declare global {
  interface HTMLElementTagNameMap {
    'hs-scan-picker': HsScanPicker
  }
}
