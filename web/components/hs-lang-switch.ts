/** Language switch: two buttons with aria-pressed; the choice persists in localStorage. */
import { LitElement, css, html } from 'lit'
import type { TemplateResult } from 'lit'
import { LocaleController, getLocale, setLocale, t } from '../i18n/index.ts'
import type { UiLocale } from '../i18n/index.ts'
import { shared } from '../styles.ts'

export class HsLangSwitch extends LitElement {
  static override styles = [
    shared,
    css`
      :host {
        display: inline-block;
      }
      .group {
        display: flex;
        gap: 0.25rem;
      }
      button {
        background: transparent;
        border-color: #fff;
        color: #fff;
        min-height: 2.25rem;
        padding: 0.25rem 0.75rem;
      }
      button[aria-pressed='true'] {
        background: #fff;
        color: #0b2f52;
        font-weight: 700;
      }
      button:focus-visible {
        outline-color: #ffd27a;
      }
    `,
  ]

  constructor() {
    super()
    new LocaleController(this)
  }

  private button(locale: UiLocale, label: string, lang: string): TemplateResult {
    const pressed = getLocale() === locale
    return html`<button
      type="button"
      lang=${lang}
      aria-pressed=${pressed ? 'true' : 'false'}
      @click=${() => setLocale(locale)}
    >
      ${label}
    </button>`
  }

  override render(): TemplateResult {
    return html`<div class="group" role="group" aria-label=${t('lang.label')}>
      ${this.button('en', 'English', 'en')} ${this.button('zh-HK', '繁體中文', 'zh-Hant-HK')}
    </div>`
  }
}

customElements.define('hs-lang-switch', HsLangSwitch)

declare global {
  interface HTMLElementTagNameMap {
    'hs-lang-switch': HsLangSwitch
  }
}
