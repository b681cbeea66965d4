/**
 * Raw evidence of one scan for incident responders: response headers, the redirect chain, the
 * TLS handshake with the certificate chain as PEM, page scripts, and the artifacts download.
 * Everything here came from the scanned site and is shown as text only.
 */
import { LitElement, css, html, nothing } from 'lit'
import type { PropertyValues, TemplateResult } from 'lit'
import type { CertificateFacts, HttpExchange } from '../../scanner/artifacts.ts'
import { api, links } from '../api.ts'
import type { CollectedArtifacts } from '../api-types.ts'
import { failureMessage } from '../error-message.ts'
import { formatDate } from '../format.ts'
import { LocaleController, t } from '../i18n/index.ts'
import { href } from '../router.ts'
import { downloadWithToken } from '../download.ts'
import { safeHref } from '../safe-href.ts'
import { shared } from '../styles.ts'

const MAX_ROWS = 200

export class HsEvidenceView extends LitElement {
  static override properties = {
    scanId: { type: String },
    artifacts: { state: true },
    error: { state: true },
  }
  static override styles = [
    shared,
    css`
      th {
        width: 28%;
        font-family: var(--hs-mono);
        font-size: 0.875rem;
      }
      td {
        word-break: break-all;
      }
      summary {
        cursor: pointer;
        color: var(--hs-primary);
        font-weight: 600;
      }
      .table-wrap {
        overflow-x: auto;
      }
    `,
  ]
  declare scanId: string
  declare artifacts: CollectedArtifacts | undefined
  declare error: string

  constructor() {
    super()
    new LocaleController(this)
    this.scanId = ''
    this.artifacts = undefined
    this.error = ''
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('scanId') && this.scanId) void this.load()
  }

  private async load(): Promise<void> {
    try {
      this.artifacts = await api.getArtifacts(this.scanId)
    } catch (error) {
      this.error = failureMessage(error)
    }
  }

  private headers(exchange: HttpExchange): TemplateResult {
    return html`<div class="table-wrap">
      <table data-testid="headers">
        <caption class="visually-hidden">
          ${t('evidence.headers')}
        </caption>
        <tbody>
          <tr>
            <th scope="row">${t('evidence.status')}</th>
            <td>${exchange.status}</td>
          </tr>
          ${exchange.headers.slice(0, MAX_ROWS).map(
            ([name, value]) =>
              html`<tr>
                <th scope="row">${name}</th>
                <td class="mono">${value}</td>
              </tr>`
          )}
        </tbody>
      </table>
    </div>`
  }

  private cert(c: CertificateFacts, i: number): TemplateResult {
    return html`<details data-cert=${i}>
      <summary>${t('evidence.certN', { n: i + 1 })}: ${c.subject}</summary>
      <dl>
        <dt>${t('evidence.issuer')}</dt>
        <dd>${c.issuer}</dd>
        <dt>${t('evidence.valid')}</dt>
        <dd>${formatDate(c.validFrom)} → ${formatDate(c.validTo)}</dd>
        <dt>SHA-256</dt>
        <dd class="mono">${c.fingerprint256}</dd>
      </dl>
      <pre tabindex="0" aria-label=${t('evidence.pem')}>${c.pem}</pre>
    </details>`
  }

  override render(): TemplateResult {
    const head = html`<h1>${t('evidence.title')}</h1>`
    if (this.error)
      return html`${head}
        <p class="error" role="alert">${this.error}</p>`
    const a = this.artifacts
    if (!a)
      return html`${head}
        <p role="status">${t('common.loading')}</p>`
    const v = a.values
    const errors = Object.entries(a.errors ?? {})
    return html`${head}
      <p>${a.target.url} · ${formatDate(a.collectedAt)} · ${a.scannerVersion}</p>
      <p class="row">
        <a href=${href.scan(this.scanId)}>${t('evidence.backToScan')}</a>
        <a
          class="button secondary"
          href=${safeHref(links.artifacts(this.scanId))}
          download
          @click=${downloadWithToken}
          >${t('evidence.download')}</a
        >
      </p>
      ${
        v.MainResponse
          ? html`<section class="card" aria-labelledby="hdr-h">
              <h2 id="hdr-h">${t('evidence.headers')}</h2>
              <p class="muted mono">${v.MainResponse.url}</p>
              ${this.headers(v.MainResponse)}
            </section>`
          : nothing
      }
      ${
        v.RedirectChain
          ? html`<section class="card" aria-labelledby="redir-h">
              <h2 id="redir-h">${t('evidence.redirects')}</h2>
              <ol>
                ${v.RedirectChain.hops.slice(0, 20).map((h) => html`<li class="mono">${h.status} ${h.url}</li>`)}
              </ol>
            </section>`
          : nothing
      }
      ${
        v.TlsHandshake
          ? html`<section class="card" aria-labelledby="tls-h">
              <h2 id="tls-h">${t('evidence.tls')}</h2>
              <p>
                ${v.TlsHandshake.protocol} ·
                ${v.TlsHandshake.cipher.standardName || v.TlsHandshake.cipher.name}
              </p>
              <h3>${t('evidence.chain')}</h3>
              ${v.TlsHandshake.chain.slice(0, 10).map((c, i) => this.cert(c, i))}
            </section>`
          : nothing
      }
      ${
        v.Scripts && v.Scripts.scripts.length > 0
          ? html`<section class="card" aria-labelledby="scr-h">
              <h2 id="scr-h">${t('evidence.scripts')}</h2>
              <ul>
                ${v.Scripts.scripts.slice(0, MAX_ROWS).map((s) => html`<li class="mono">${s.url}</li>`)}
              </ul>
            </section>`
          : nothing
      }
      ${
        errors.length > 0
          ? html`<section class="card" aria-labelledby="err-h">
              <h2 id="err-h">${t('evidence.errors')}</h2>
              <ul>
                ${errors.map(([name, e]) => html`<li><strong>${name}</strong>: ${e?.code} ${e?.message}</li>`)}
              </ul>
            </section>`
          : nothing
      }`
  }
}

customElements.define('hs-evidence-view', HsEvidenceView)

declare global {
  interface HTMLElementTagNameMap {
    'hs-evidence-view': HsEvidenceView
  }
}
