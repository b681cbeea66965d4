/**
 * One scan: live progress over SSE while it runs, then the result (grades, findings by
 * severity, report downloads). The final GET is the source of truth; events only update progress.
 */
import { LitElement, css, html, nothing } from 'lit'
import type { PropertyValues, TemplateResult } from 'lit'
import { api, links, subscribe } from '../api.ts'
import { FINAL_STATUSES } from '../api-types.ts'
import type { ScanDetail, ScanProgressEvent, ScanStatus } from '../api-types.ts'
import { codeMessage, failureMessage } from '../error-message.ts'
import { formatDate } from '../format.ts'
import { LocaleController, t } from '../i18n/index.ts'
import { collectorLabel } from '../labels.ts'
import { href } from '../router.ts'
import { safeHref } from '../safe-href.ts'
import { shared } from '../styles.ts'
import './hs-grades.ts'
import './hs-findings.ts'
import './hs-downloads.ts'

export class HsScanView extends LitElement {
  static override properties = {
    scanId: { type: String },
    scan: { state: true },
    progress: { state: true },
    error: { state: true },
  }
  static override styles = [
    shared,
    css`
      progress {
        width: 100%;
        max-width: 32rem;
        height: 1.25rem;
      }
      .url {
        word-break: break-all;
      }
    `,
  ]
  declare scanId: string
  declare scan: ScanDetail | undefined
  declare progress: ScanProgressEvent | undefined
  declare error: string
  declare private close: (() => void) | undefined

  constructor() {
    super()
    new LocaleController(this)
    this.scanId = ''
    this.scan = undefined
    this.progress = undefined
    this.error = ''
    this.close = undefined
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('scanId') && this.scanId) void this.load()
  }

  override disconnectedCallback(): void {
    this.close?.()
    super.disconnectedCallback()
  }

  private async load(): Promise<void> {
    this.close?.()
    this.error = ''
    try {
      this.scan = await api.getScan(this.scanId)
    } catch (error) {
      this.error = failureMessage(error)
      return
    }
    if (!FINAL_STATUSES.includes(this.scan.status)) this.watch()
  }

  private watch(delayMs = 2_000): void {
    let closed = false
    const stop = subscribe(
      links.scanEvents(this.scanId),
      {
        progress: (data) => (this.progress = data as ScanProgressEvent),
        status: (data) => {
          const status = (data as { status?: ScanStatus }).status
          if (this.scan && status) this.scan = { ...this.scan, status }
          if (status && FINAL_STATUSES.includes(status)) {
            closed = true
            stop()
            void this.refresh()
          }
        },
      },
      () => {
        // The stream ended early (a server restart, a proxy, the server's 10-minute limit on a
        // stream): read the scan again, and watch again while it still runs, waiting longer
        // after each failed try.
        if (closed) return
        retry = setTimeout(() => void this.resume(delayMs), delayMs)
      }
    )
    let retry: ReturnType<typeof setTimeout> | undefined
    this.close = () => {
      closed = true
      clearTimeout(retry)
      stop()
    }
  }

  private async resume(lastDelayMs: number): Promise<void> {
    await this.refresh()
    if (!this.isConnected || !this.scan || FINAL_STATUSES.includes(this.scan.status)) return
    this.watch(Math.min(lastDelayMs * 2, 30_000))
  }

  private async refresh(): Promise<void> {
    try {
      this.scan = await api.getScan(this.scanId)
    } catch (error) {
      this.error = failureMessage(error)
    }
  }

  override render(): TemplateResult {
    if (this.error)
      return html`<h1>${t('scan.title')}</h1>
        <p class="error" role="alert">${this.error}</p>`
    const scan = this.scan
    if (!scan)
      return html`<h1>${t('scan.title')}</h1>
        <p role="status">${t('common.loading')}</p>`
    return html`
      <h1>${t('scan.resultFor')} <span class="url">${scan.url}</span></h1>
      <p class="row">
        <a href=${safeHref(scan.url)} rel="noopener noreferrer nofollow" target="_blank"
          >${t('scan.openSite')}</a
        >
        <a href=${href.history(scan.host)}>${t('scan.history')}</a>
        ${
          scan.status === 'done'
            ? html`<a href=${href.evidence(scan.id)}>${t('scan.rawEvidence')}</a>`
            : nothing
        }
      </p>
      ${this.renderBody(scan)}
    `
  }

  private renderBody(scan: ScanDetail): TemplateResult {
    if (scan.status === 'queued' || scan.status === 'running') {
      const p = this.progress ?? scan.progress
      const total = Math.max(p?.total ?? 0, 1)
      const done = Math.min(p?.done ?? 0, total)
      const current = this.progress?.collector ?? scan.progress?.current
      return html`<section class="card" aria-labelledby="progress-h">
        <h2 id="progress-h">${t(scan.status === 'queued' ? 'scan.queued' : 'scan.running')}</h2>
        <progress
          id="scan-progress"
          max=${total}
          value=${done}
          aria-label=${t('scan.progressLabel')}
        ></progress>
        <p role="status" aria-live="polite">
          ${t('scan.progressText', { done, total: p?.total ?? 0 })}
          ${current ? html`<span class="muted">(${collectorLabel(current)})</span>` : nothing}
        </p>
        <button type="button" class="secondary" @click=${this.cancel}>${t('scan.cancel')}</button>
      </section>`
    }
    if (scan.status === 'failed' || scan.status === 'cancelled' || !scan.result) {
      return html`<section class="card" role="alert">
        <h2>${t(scan.status === 'cancelled' ? 'scan.cancelled' : 'scan.failed')}</h2>
        ${scan.error ? html`<p>${codeMessage(scan.error.code, scan.error.message)} <span class="muted">(${scan.error.code})</span></p>` : nothing}
        <p><a href=${href.home()}>${t('scan.tryAgain')}</a></p>
      </section>`
    }
    return html`
      <p role="status" class="muted">
        ${t('scan.finished', { date: formatDate(scan.finishedAt ?? scan.result.collectedAt) })}
      </p>
      <hs-grades .grades=${scan.result.grades}></hs-grades>
      <hs-downloads .scanId=${scan.id}></hs-downloads>
      <hs-findings .result=${scan.result}></hs-findings>
    `
  }

  private async cancel(): Promise<void> {
    try {
      await api.cancelScan(this.scanId)
    } catch (error) {
      this.error = failureMessage(error)
    }
  }
}

customElements.define('hs-scan-view', HsScanView)

declare global {
  interface HTMLElementTagNameMap {
    'hs-scan-view': HsScanView
  }
}
