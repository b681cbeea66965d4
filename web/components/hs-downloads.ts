/** Report download links for one scan, one per format. */
import { LitElement, css, html } from 'lit'
import type { TemplateResult } from 'lit'
import { links } from '../api.ts'
import { REPORT_FORMATS } from '../api-types.ts'
import { LocaleController, t } from '../i18n/index.ts'
import { downloadWithToken } from '../download.ts'
import { safeHref } from '../safe-href.ts'
import { shared } from '../styles.ts'

export class HsDownloads extends LitElement {
  static override properties = { scanId: { type: String } }
  static override styles = [
    shared,
    css`
      ul {
        list-style: none;
        padding: 0;
        margin: 0;
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
      }
    `,
  ]
  declare scanId: string

  constructor() {
    super()
    new LocaleController(this)
    this.scanId = ''
  }

  override render(): TemplateResult {
    return html`<section class="card" aria-labelledby="dl-h">
      <h2 id="dl-h">${t('download.title')}</h2>
      <p class="muted">${t('download.help')}</p>
      <ul>
        ${REPORT_FORMATS.map(
          (format) =>
            html`<li>
              <a
                class="button secondary"
                href=${safeHref(links.report(this.scanId, format))}
                download
                @click=${downloadWithToken}
                >${t('download.format', { format: format.toUpperCase() })}</a
              >
            </li>`
        )}
      </ul>
    </section>`
  }
}

customElements.define('hs-downloads', HsDownloads)

declare global {
  interface HTMLElementTagNameMap {
    'hs-downloads': HsDownloads
  }
}
