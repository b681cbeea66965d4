/**
 * Trade association view. Without an id: upload a CSV of member sites and list earlier batches.
 * With an id: live progress over SSE, then the dashboard.
 */
import { formatNumber } from '../format.ts'
import { LitElement, html, nothing } from 'lit'
import type { PropertyValues, TemplateResult } from 'lit'
import { api, links, subscribe } from '../api.ts'
import type { BatchCounts, BatchDetail, BatchSummary } from '../api-types.ts'
import { failureMessage } from '../error-message.ts'
import { LocaleController, t } from '../i18n/index.ts'
import { href } from '../router.ts'
import { shared } from '../styles.ts'
import './hs-batch-upload.ts'
import './hs-batch-dashboard.ts'

const FINAL = new Set(['done', 'failed', 'cancelled', 'finished', 'completed'])

export class HsBatchView extends LitElement {
  static override properties = {
    batchId: { type: String },
    batch: { state: true },
    summary: { state: true },
    scanIds: { state: true },
    error: { state: true },
  }
  static override styles = [shared]
  declare batchId: string
  declare batch: BatchDetail | undefined
  declare summary: BatchSummary | undefined
  declare scanIds: Record<string, string>
  declare error: string
  declare private close: (() => void) | undefined

  constructor() {
    super()
    new LocaleController(this)
    this.batchId = ''
    this.batch = undefined
    this.summary = undefined
    this.scanIds = {}
    this.error = ''
    this.close = undefined
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('batchId') && this.batchId) void this.load()
  }

  override disconnectedCallback(): void {
    this.close?.()
    super.disconnectedCallback()
  }

  private async load(): Promise<void> {
    this.close?.()
    try {
      this.batch = await api.getBatch(this.batchId)
    } catch (error) {
      this.error = failureMessage(error)
      return
    }
    if (this.isFinal(this.batch)) await this.loadSummary()
    else this.watch()
  }

  private isFinal(batch: BatchDetail): boolean {
    const c = batch.counts
    return FINAL.has(batch.status) || c.queued + c.running === 0
  }

  private watch(): void {
    this.close = subscribe(
      links.batchEvents(this.batchId),
      {
        progress: (data) => {
          if (this.batch) this.batch = { ...this.batch, counts: data as BatchCounts }
        },
        status: (data) => {
          const status = (data as { status?: string }).status
          if (this.batch && status) this.batch = { ...this.batch, status }
          if (status && FINAL.has(status)) {
            this.close?.()
            void this.load()
          }
        },
      },
      () => setTimeout(() => void this.load(), 3000)
    )
  }

  private async cancel(): Promise<void> {
    try {
      await api.cancelBatch(this.batchId)
    } catch (error) {
      this.error = failureMessage(error)
    }
  }

  private async loadSummary(): Promise<void> {
    try {
      const [summary, rows] = await Promise.all([
        api.getBatchSummary(this.batchId),
        api.getBatchRows(this.batchId).catch(() => ({ items: [] })),
      ])
      // Input → scan, so the dashboard can link each member site to its full result.
      this.scanIds = Object.fromEntries(
        rows.items.flatMap((r) => (r.scanId ? [[r.input, r.scanId]] : []))
      )
      this.summary = summary
    } catch (error) {
      this.error = failureMessage(error)
    }
  }

  override render(): TemplateResult {
    if (!this.batchId) {
      return html`<h1>${t('batch.title')}</h1>
        <p>${t('batch.intro')}</p>
        <hs-batch-upload></hs-batch-upload>`
    }
    const b = this.batch
    return html`<h1>
        ${t('batch.dashboardTitle')}${b?.name ? html`: <span>${b.name}</span>` : nothing}
      </h1>
      <p><a href=${href.batches()}>${t('batch.back')}</a></p>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      ${b ? this.renderProgress(b) : html`<p role="status">${t('common.loading')}</p>`}
      ${
        this.summary
          ? html`<hs-batch-dashboard
              .batchId=${this.batchId}
              .summary=${this.summary}
              .scanIds=${this.scanIds}
            ></hs-batch-dashboard>`
          : nothing
      }`
  }

  private renderProgress(b: BatchDetail): TemplateResult {
    const c = b.counts
    const finished = c.done + c.failed + c.cancelled
    const skipped = (c.duplicate ?? 0) + (c.invalid ?? 0)
    const total = Math.max(c.total - skipped, finished)
    return html`<section class="card" aria-labelledby="bp-h">
      <h2 id="bp-h">${t('batch.progressTitle')}</h2>
      <progress max=${Math.max(total, 1)} value=${finished} aria-labelledby="bp-text"></progress>
      <p id="bp-text" role="status" aria-live="polite">
        ${t('batch.progress', {
          finished: formatNumber(finished),
          total: formatNumber(total),
          running: formatNumber(c.running),
          failed: formatNumber(c.failed),
        })}
      </p>
      ${skipped > 0 ? html`<p class="muted">${t('batch.skipped', { count: formatNumber(skipped) })}</p>` : nothing}
      ${
        c.queued + c.running > 0
          ? html`<button type="button" class="secondary" @click=${this.cancel}>
              ${t('batch.cancel')}
            </button>`
          : nothing
      }
    </section>`
  }
}

customElements.define('hs-batch-view', HsBatchView)

declare global {
  interface HTMLElementTagNameMap {
    'hs-batch-view': HsBatchView
  }
}
