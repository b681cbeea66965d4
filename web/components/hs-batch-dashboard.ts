/** Batch dashboard: grade distribution, most common problems, sites needing attention first. */
import { formatNumber } from '../format.ts'
import { codeMessage } from '../error-message.ts'
import { LitElement, css, html, nothing } from 'lit'
import type { TemplateResult } from 'lit'
import { links } from '../api.ts'
import { BATCH_EXPORT_FORMATS } from '../api-types.ts'
import type { BatchSummary } from '../api-types.ts'
import { gradeChip } from '../grade-chip.ts'
import { LocaleController, t } from '../i18n/index.ts'
import { severityLabel } from '../labels.ts'
import { href } from '../router.ts'
import { downloadWithToken } from '../download.ts'
import { safeHref } from '../safe-href.ts'
import { shared } from '../styles.ts'
import './hs-grade-chart.ts'

const WORST_SITES = 25
const NOT_GRADED = 'Not graded'
const SCAN_FAILED = 'Scan failed'

function gradeLabel(label: string): string {
  if (label === NOT_GRADED) return t('batch.notGraded')
  if (label === SCAN_FAILED) return t('batch.scanFailed')
  return label
}

export class HsBatchDashboard extends LitElement {
  static override properties = {
    batchId: { type: String },
    summary: { attribute: false },
    scanIds: { attribute: false },
  }
  static override styles = [
    shared,
    css`
      .exports {
        list-style: none;
        padding: 0;
        display: flex;
        gap: 0.5rem;
        flex-wrap: wrap;
      }
      .table-wrap {
        overflow-x: auto;
      }
      td.url {
        word-break: break-all;
      }
    `,
  ]
  declare batchId: string
  declare summary: BatchSummary | undefined
  declare scanIds: Readonly<Record<string, string>>

  constructor() {
    super()
    new LocaleController(this)
    this.batchId = ''
    this.summary = undefined
    this.scanIds = {}
  }

  private siteLinks(input: string, url: string | null): TemplateResult {
    const scanId = this.scanIds[input]
    return html`${
      scanId ? html`<a href=${href.scan(scanId)}>${t('batch.siteResult')}</a>` : nothing
    }
    ${scanId && url ? ' · ' : nothing}
    ${url ? html`<a href=${href.history(hostOf(url))}>${t('batch.siteHistory')}</a>` : nothing}`
  }

  override render(): TemplateResult | typeof nothing {
    const s = this.summary
    if (!s) return nothing
    const bars = s.distribution.map((d) => ({ label: gradeLabel(d.label), count: d.count }))
    return html`
      <section class="card" aria-labelledby="dist-h">
        <h2 id="dist-h">${t('batch.distribution')}</h2>
        <p>
          ${t('batch.scannedOf', { scanned: formatNumber(s.scanned), total: formatNumber(s.total) })}
        </p>
        <hs-grade-chart .bars=${bars} caption=${t('batch.distributionTable')}></hs-grade-chart>
      </section>
      <section class="card" aria-labelledby="common-h">
        <h2 id="common-h">${t('batch.common')}</h2>
        ${
          s.commonFindings.length === 0
            ? html`<p>${t('batch.noCommon')}</p>`
            : html`<div class="table-wrap">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">${t('batch.problem')}</th>
                      <th scope="col">${t('batch.severity')}</th>
                      <th scope="col">${t('batch.sites')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${s.commonFindings.map(
                      (f) =>
                        html`<tr>
                          <td lang="en">${f.title}</td>
                          <td>
                            <span class=${`badge sev-${f.severity}`}
                              >${severityLabel(f.severity)}</span
                            >
                          </td>
                          <td>${f.sites}</td>
                        </tr>`
                    )}
                  </tbody>
                </table>
              </div>`
        }
      </section>
      <section class="card" aria-labelledby="worst-h">
        <h2 id="worst-h">${t('batch.attention')}</h2>
        <div class="table-wrap">
          <table data-testid="worst-sites">
            <thead>
              <tr>
                <th scope="col">${t('batch.site')}</th>
                <th scope="col">${t('grade.overall')}</th>
                <th scope="col">${t('grade.tls')}</th>
                <th scope="col">${t('grade.web')}</th>
                <th scope="col">${t('batch.problems')}</th>
              </tr>
            </thead>
            <tbody>
              ${s.sites.slice(0, WORST_SITES).map(
                (site) =>
                  html`<tr>
                    <td class="url">
                      ${site.url ?? site.input}
                      ${site.error ? html`<br /><span class="muted">${codeMessage(site.error.code, site.error.message)}</span>` : nothing}
                      <br />${this.siteLinks(site.input, site.url)}
                    </td>
                    <td>${gradeChip(site.overall)}</td>
                    <td>${gradeChip(site.tls)}</td>
                    <td>${gradeChip(site.web)}</td>
                    <td>${site.failed}</td>
                  </tr>`
              )}
            </tbody>
          </table>
        </div>
      </section>
      <section class="card" aria-labelledby="export-h">
        <h2 id="export-h">${t('batch.export')}</h2>
        <ul class="exports">
          ${BATCH_EXPORT_FORMATS.map(
            (f) =>
              html`<li>
                <a
                  class="button secondary"
                  href=${safeHref(links.batchExport(this.batchId, f))}
                  download
                  @click=${downloadWithToken}
                  >${t('download.format', { format: f.toUpperCase() })}</a
                >
              </li>`
          )}
        </ul>
      </section>
    `
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname
  } catch {
    return ''
  }
}

customElements.define('hs-batch-dashboard', HsBatchDashboard)

declare global {
  interface HTMLElementTagNameMap {
    'hs-batch-dashboard': HsBatchDashboard
  }
}
