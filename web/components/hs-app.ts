/**
 * The application shell: skip link, banner with navigation and language switch, the main
 * region for the current hash route, and a footer. It is the mediator between views.
 */
import { LitElement, html } from 'lit'
import type { TemplateResult } from 'lit'
import { LocaleController, applyLang, t } from '../i18n/index.ts'
import { href, parseRoute } from '../router.ts'
import type { Route } from '../router.ts'
import { shared } from '../styles.ts'
import { appStyles } from './app-styles.ts'
import './hs-lang-switch.ts'
import './hs-home-view.ts'
import './hs-scan-view.ts'
import './hs-checklist-view.ts'
import './hs-batch-view.ts'
import './hs-history-view.ts'
import './hs-diff-view.ts'
import './hs-evidence-view.ts'
import './hs-token-view.ts'

export class HsApp extends LitElement {
  static override properties = { route: { state: true } }
  static override styles = [shared, appStyles]
  declare route: Route
  declare private readonly onHash: () => void

  constructor() {
    super()
    new LocaleController(this)
    this.route = parseRoute(location.hash)
    this.onHash = () => {
      this.route = parseRoute(location.hash)
      // Move focus to the new view so keyboard and screen-reader users land on it.
      void this.updateComplete.then(() => this.renderRoot.querySelector('main')?.focus())
    }
  }

  override connectedCallback(): void {
    super.connectedCallback()
    applyLang()
    addEventListener('hashchange', this.onHash)
  }

  override disconnectedCallback(): void {
    removeEventListener('hashchange', this.onHash)
    super.disconnectedCallback()
  }

  override updated(): void {
    document.title = `${this.viewTitle()} · HarbourScan`
  }

  private viewTitle(): string {
    const view = this.route.view
    if (view === 'home' || view === 'scan') return t('nav.scan')
    if (view === 'checklist') return t('nav.checklist')
    if (view === 'batches' || view === 'batch') return t('nav.batch')
    if (view === 'history' || view === 'diff' || view === 'evidence') return t('nav.history')
    if (view === 'token') return t('token.title')
    return t('app.notFound')
  }

  private navLink(target: string, label: string, active: boolean): TemplateResult {
    return html`<li>
      <a href=${target} aria-current=${active ? 'page' : 'false'}>${label}</a>
    </li>`
  }

  override render(): TemplateResult {
    const v = this.route.view
    return html`
      <a class="skip" href="#main" @click=${this.skip}>${t('app.skip')}</a>
      <header>
        <div class="bar">
          <a class="brand" href=${href.home()}>HarbourScan</a>
          <div class="tools">
            <a href=${href.token()} aria-current=${v === 'token' ? 'page' : 'false'}
              >${t('nav.token')}</a
            >
            <hs-lang-switch></hs-lang-switch>
          </div>
          <nav aria-label=${t('nav.label')}>
            <ul>
              ${this.navLink(href.home(), t('nav.scan'), v === 'home' || v === 'scan')}
              ${this.navLink(href.checklist(), t('nav.checklist'), v === 'checklist')}
              ${this.navLink(href.batches(), t('nav.batch'), v === 'batches' || v === 'batch')}
              ${this.navLink(
                href.history(),
                t('nav.history'),
                v === 'history' || v === 'diff' || v === 'evidence'
              )}
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" tabindex="-1">${this.renderView()}</main>
      <footer class="muted">${t('app.footer')}</footer>
    `
  }

  private skip(event: Event): void {
    event.preventDefault()
    this.renderRoot.querySelector('main')?.focus()
  }

  private renderView(): TemplateResult {
    const r = this.route
    switch (r.view) {
      case 'home':
        return html`<hs-home-view></hs-home-view>`
      case 'scan':
        return html`<hs-scan-view .scanId=${r.id}></hs-scan-view>`
      case 'checklist':
        return html`<hs-checklist-view></hs-checklist-view>`
      case 'batches':
        return html`<hs-batch-view></hs-batch-view>`
      case 'batch':
        return html`<hs-batch-view .batchId=${r.id}></hs-batch-view>`
      case 'history':
        return html`<hs-history-view .target=${r.target}></hs-history-view>`
      case 'diff':
        return html`<hs-diff-view .from=${r.from} .to=${r.to}></hs-diff-view>`
      case 'evidence':
        return html`<hs-evidence-view .scanId=${r.id}></hs-evidence-view>`
      case 'token':
        return html`<hs-token-view></hs-token-view>`
      default:
        return html`<h1>${t('app.notFound')}</h1>
          <p><a href=${href.home()}>${t('app.goHome')}</a></p>`
    }
  }
}

customElements.define('hs-app', HsApp)

declare global {
  interface HTMLElementTagNameMap {
    'hs-app': HsApp
  }
}
