/** What changed between two scans of a site: grades, new, fixed and unchanged findings. */
import { LitElement, css, html, nothing } from 'lit'
import type { PropertyValues, TemplateResult } from 'lit'
import type { DiffFinding, GradeChange } from '../../reports/diff.ts'
import { api, links } from '../api.ts'
import type { ScanDiff } from '../api-types.ts'
import { failureMessage } from '../error-message.ts'
import { formatDate } from '../format.ts'
import { LocaleController, t } from '../i18n/index.ts'
import type { MessageKey } from '../i18n/index.ts'
import { severityLabel } from '../labels.ts'
import { href } from '../router.ts'
import { downloadWithToken } from '../download.ts'
import { safeHref } from '../safe-href.ts'
import { shared } from '../styles.ts'

export class HsDiffView extends LitElement {
  static override properties = {
    from: { type: String },
    to: { type: String },
    diff: { state: true },
    error: { state: true },
  }
  static override styles = [
    shared,
    css`
      .grid {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
        gap: 1rem;
      }
      .change-better {
        color: var(--hs-good);
      }
      .change-worse {
        color: var(--hs-critical);
      }
      ul.findings {
        list-style: none;
        padding: 0;
      }
      ul.findings li {
        padding: 0.4rem 0;
        border-bottom: 1px solid var(--hs-border);
      }
    `,
  ]
  declare from: string
  declare to: string
  declare diff: ScanDiff | undefined
  declare error: string

  constructor() {
    super()
    new LocaleController(this)
    this.from = ''
    this.to = ''
    this.diff = undefined
    this.error = ''
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('from') || changed.has('to')) && this.from && this.to) void this.load()
  }

  private async load(): Promise<void> {
    this.error = ''
    try {
      this.diff = await api.getDiff(this.from, this.to)
    } catch (error) {
      this.error = failureMessage(error)
    }
  }

  private grade(label: MessageKey, g: GradeChange): TemplateResult {
    return html`<div class="card">
      <h3>${t(label)}</h3>
      <p class=${`change-${g.change}`}>
        ${g.before ?? '—'} → ${g.after ?? '—'} (${t(`diff.change.${g.change}`)})
      </p>
    </div>`
  }

  private list(id: string, title: MessageKey, items: DiffFinding[]): TemplateResult {
    return html`<section class="card" aria-labelledby=${id} data-list=${id}>
      <h2 id=${id}>${t(title)} (${items.length})</h2>
      ${
        items.length === 0
          ? html`<p class="muted">${t('diff.empty')}</p>`
          : html`<ul class="findings">
              ${items.map(
                (f) =>
                  html`<li>
                    <span class=${`badge sev-${f.severity}`}>${severityLabel(f.severity)}</span>
                    <span lang="en"><strong>${f.title}</strong> — ${f.message}</span>
                  </li>`
              )}
            </ul>`
      }
    </section>`
  }

  override render(): TemplateResult {
    const d = this.diff
    const head = html`<h1>${t('diff.title')}</h1>`
    if (!this.from || !this.to)
      return html`${head}
        <p role="alert">${t('diff.needTwo')} <a href=${href.history()}>${t('nav.history')}</a></p>`
    if (this.error)
      return html`${head}
        <p class="error" role="alert">${this.error}</p>`
    if (!d)
      return html`${head}
        <p role="status">${t('common.loading')}</p>`
    return html`${head}
      <p>
        ${d.target.url} · ${formatDate(d.older.collectedAt)} → ${formatDate(d.newer.collectedAt)}
      </p>
      ${d.sameTarget ? nothing : html`<p class="error">${t('diff.differentTargets')}</p>`}
      <p class="row">
        <a href=${href.history(d.target.host)}>${t('scan.history')}</a>
        <a href=${safeHref(links.diffHtml(this.from, this.to))} download @click=${downloadWithToken}
          >${t('diff.downloadHtml')}</a
        >
      </p>
      <div class="grid">
        ${this.grade('grade.overall', d.grades.overall)} ${this.grade('grade.tls', d.grades.tls)}
        ${this.grade('grade.web', d.grades.web)}
      </div>
      ${this.list('diff-new', 'diff.new', d.findings.new)}
      ${this.list('diff-fixed', 'diff.fixed', d.findings.fixed)}
      ${this.list('diff-unchanged', 'diff.unchanged', d.findings.unchanged)}`
  }
}

customElements.define('hs-diff-view', HsDiffView)

declare global {
  interface HTMLElementTagNameMap {
    'hs-diff-view': HsDiffView
  }
}
