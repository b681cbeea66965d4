/** SME owner start page: enter a website address and start a scan. */
import { LitElement, css, html } from 'lit'
import type { TemplateResult } from 'lit'
import { api } from '../api.ts'
import { LocaleController, t } from '../i18n/index.ts'
import { href } from '../router.ts'
import { shared } from '../styles.ts'
import { failureMessage } from '../error-message.ts'

export class HsHomeView extends LitElement {
  static override properties = { busy: { state: true }, error: { state: true } }
  static override styles = [
    shared,
    css`
      form {
        display: grid;
        gap: 0.5rem;
        max-width: 40rem;
      }
      .inline {
        display: flex;
        gap: 0.5rem;
        flex-wrap: wrap;
      }
      input {
        flex: 1 1 20rem;
        font-size: 1.1rem;
      }
      .intro {
        max-width: 46rem;
        font-size: 1.05rem;
      }
    `,
  ]
  declare busy: boolean
  declare error: string

  constructor() {
    super()
    new LocaleController(this)
    this.busy = false
    this.error = ''
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault()
    const form = event.currentTarget as HTMLFormElement
    const url = String(new FormData(form).get('url') ?? '').trim()
    if (!url) {
      this.error = t('home.empty')
      return
    }
    this.busy = true
    this.error = ''
    try {
      const created = await api.startScan(url)
      location.hash = href.scan(created.id)
    } catch (error) {
      this.error = failureMessage(error)
    } finally {
      this.busy = false
    }
  }

  override render(): TemplateResult {
    return html`
      <h1>${t('home.title')}</h1>
      <p class="intro">${t('home.intro')}</p>
      <section class="card" aria-labelledby="scan-h">
        <h2 id="scan-h">${t('home.formTitle')}</h2>
        <form @submit=${this.submit} novalidate>
          <label for="url">${t('home.urlLabel')}</label>
          <p id="url-help" class="muted">${t('home.urlHelp')}</p>
          <div class="inline">
            <input
              id="url"
              name="url"
              type="url"
              inputmode="url"
              autocomplete="url"
              placeholder="https://www.example.com.hk"
              aria-describedby="url-help url-error"
              aria-invalid=${this.error ? 'true' : 'false'}
            />
            <button type="submit" ?disabled=${this.busy}>
              ${this.busy ? t('home.starting') : t('home.submit')}
            </button>
          </div>
          <p id="url-error" class="error" role="alert">${this.error}</p>
        </form>
      </section>
      <section class="card" aria-labelledby="more-h">
        <h2 id="more-h">${t('home.moreTitle')}</h2>
        <ul>
          <li><a href=${href.checklist()}>${t('nav.checklist')}</a>: ${t('home.moreChecklist')}</li>
          <li><a href=${href.batches()}>${t('nav.batch')}</a>: ${t('home.moreBatch')}</li>
          <li><a href=${href.history()}>${t('nav.history')}</a>: ${t('home.moreHistory')}</li>
        </ul>
      </section>
    `
  }
}

customElements.define('hs-home-view', HsHomeView)

declare global {
  interface HTMLElementTagNameMap {
    'hs-home-view': HsHomeView
  }
}
