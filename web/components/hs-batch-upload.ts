/** Upload a CSV of member sites; shows rows that were refused or repeated, then opens the batch. */
import { LitElement, css, html, nothing } from 'lit'
import type { TemplateResult } from 'lit'
import { api } from '../api.ts'
import type { BatchCreated, BatchDetail } from '../api-types.ts'
import { codeMessage, failureMessage } from '../error-message.ts'
import { formatDate, formatNumber } from '../format.ts'
import { LocaleController, t } from '../i18n/index.ts'
import { href } from '../router.ts'
import { shared } from '../styles.ts'

/** The server's limit (scanner/batch/parse.ts MAX_BATCH_BYTES): checked here before uploading. */
const MAX_BYTES = 10 * 1024 * 1024

export class HsBatchUpload extends LitElement {
  static override properties = {
    busy: { state: true },
    error: { state: true },
    created: { state: true },
    batches: { state: true },
  }
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
  declare busy: boolean
  declare error: string
  declare created: BatchCreated | undefined
  declare batches: BatchDetail[]

  constructor() {
    super()
    new LocaleController(this)
    this.busy = false
    this.error = ''
    this.created = undefined
    this.batches = []
  }

  override connectedCallback(): void {
    super.connectedCallback()
    api
      .listBatches()
      .then((list) => (this.batches = list.items))
      .catch(() => (this.batches = []))
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault()
    const data = new FormData(event.currentTarget as HTMLFormElement)
    const file = data.get('file')
    if (!(file instanceof File) || file.size === 0) {
      this.error = t('batch.noFile')
      return
    }
    if (file.size > MAX_BYTES) {
      this.error = t('batch.tooLarge')
      return
    }
    this.busy = true
    this.error = ''
    try {
      const name = String(data.get('name') ?? '').trim()
      this.created = await api.uploadBatch(file, name || undefined)
    } catch (error) {
      this.error = failureMessage(error)
    } finally {
      this.busy = false
    }
  }

  override render(): TemplateResult {
    const c = this.created
    return html`<section class="card" aria-labelledby="up-h">
        <h2 id="up-h">${t('batch.uploadTitle')}</h2>
        <form @submit=${this.submit}>
          <label for="batch-name">${t('batch.name')}</label>
          <input id="batch-name" name="name" type="text" maxlength="200" />
          <label for="batch-file">${t('batch.file')}</label>
          <p id="file-help" class="muted">${t('batch.fileHelp')}</p>
          <input
            id="batch-file"
            name="file"
            type="file"
            accept=".csv,text/csv,text/plain"
            aria-describedby="file-help"
          />
          <div><button type="submit" ?disabled=${this.busy}>${t('batch.upload')}</button></div>
          <p class="error" role="alert">${this.error}</p>
        </form>
      </section>
      ${c ? this.renderCreated(c) : nothing}
      ${
        this.batches.length > 0
          ? html`<section class="card" aria-labelledby="prev-h">
              <h2 id="prev-h">${t('batch.previous')}</h2>
              <ul>
                ${this.batches.map(
                  (b) =>
                    html`<li>
                      <a href=${href.batch(b.id)}>${b.name || b.id}</a>
                      <span class="muted"
                        >${formatDate(b.createdAt)} · ${b.counts?.total ?? 0}</span
                      >
                    </li>`
                )}
              </ul>
            </section>`
          : nothing
      }`
  }

  private renderCreated(c: BatchCreated): TemplateResult {
    return html`<section class="card" aria-labelledby="created-h" role="status">
      <h2 id="created-h">
        ${t('batch.accepted', { accepted: formatNumber(c.accepted), total: formatNumber(c.total) })}
      </h2>
      ${
        c.invalid.length > 0
          ? html`<details>
              <summary>${t('batch.invalid', { count: formatNumber(c.invalid.length) })}</summary>
              <ul>
                ${c.invalid.slice(0, 200).map((r) => html`<li>${t('batch.row', { row: formatNumber(r.row) })}: ${r.input} — ${codeMessage(r.code, r.reason)}</li>`)}
              </ul>
            </details>`
          : nothing
      }
      ${
        c.duplicates.length > 0
          ? html`<p>${t('batch.duplicates', { count: formatNumber(c.duplicates.length) })}</p>`
          : nothing
      }
      <p><a class="button" href=${href.batch(c.id)}>${t('batch.open')}</a></p>
    </section>`
  }
}

customElements.define('hs-batch-upload', HsBatchUpload)

declare global {
  interface HTMLElementTagNameMap {
    'hs-batch-upload': HsBatchUpload
  }
}
