/** Enter or forget the organisation's API token (kept in sessionStorage for this tab only). */
import { LitElement, css, html } from 'lit'
import type { TemplateResult } from 'lit'
import { LocaleController, t } from '../i18n/index.ts'
import { shared } from '../styles.ts'
import { getToken, isTokenShaped, setToken } from '../token.ts'

export class HsTokenView extends LitElement {
  static override properties = { message: { state: true }, error: { state: true } }
  static override styles = [
    shared,
    css`
      form {
        display: grid;
        gap: 0.5rem;
        max-width: 36rem;
      }
    `,
  ]
  declare message: string
  declare error: string

  constructor() {
    super()
    new LocaleController(this)
    this.message = ''
    this.error = ''
  }

  private save(event: SubmitEvent): void {
    event.preventDefault()
    const form = event.currentTarget as HTMLFormElement
    const value = String(new FormData(form).get('token') ?? '').trim()
    if (!isTokenShaped(value)) {
      this.error = t('token.invalid')
      this.message = ''
      return
    }
    setToken(value)
    form.reset()
    this.error = ''
    this.message = t('token.saved')
  }

  private clear(): void {
    setToken(undefined)
    this.error = ''
    this.message = t('token.cleared')
  }

  override render(): TemplateResult {
    return html`<h1>${t('token.title')}</h1>
      <p>${t('token.intro')}</p>
      <section class="card">
        <p>${getToken() ? t('token.active') : t('token.none')}</p>
        <form @submit=${this.save}>
          <label for="token">${t('token.label')}</label>
          <input id="token" name="token" type="password" autocomplete="off" spellcheck="false" />
          <div class="row">
            <button type="submit">${t('token.save')}</button>
            <button type="button" class="secondary" @click=${this.clear}>
              ${t('token.clear')}
            </button>
          </div>
          <p class="error" role="alert">${this.error}</p>
          <p role="status">${this.message}</p>
        </form>
      </section>`
  }
}

customElements.define('hs-token-view', HsTokenView)

declare global {
  interface HTMLElementTagNameMap {
    'hs-token-view': HsTokenView
  }
}
