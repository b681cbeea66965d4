/** Combined posture (scan + checklist), maturity level and the "fix first" list. */
import { LitElement, css, html, nothing } from 'lit'
import type { TemplateResult } from 'lit'
import {
  EVIDENCE_LABELS,
  EVIDENCE_ORDER,
  MATURITY_LEVELS,
  RISK_BAND_LABELS,
} from '../../rules/checklist/labels.ts'
import type { CombinedPosture, FixFirstEntry } from '../../rules/checklist/posture.ts'
import type { ChecklistScore } from '../../rules/checklist/scoring.ts'
import { formatNumber } from '../format.ts'
import { LocaleController, t } from '../i18n/index.ts'
import { l } from '../labels.ts'
import { shared } from '../styles.ts'

const FIX_FIRST_COUNT = 5

export class HsPosture extends LitElement {
  static override properties = { posture: { attribute: false }, score: { attribute: false } }
  static override styles = [
    shared,
    css`
      .grid {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
        gap: 1rem;
      }
      .figure {
        font-size: 2.25rem;
        font-weight: 800;
        line-height: 1.1;
        color: var(--hs-primary);
      }
      ol {
        padding-inline-start: 1.4rem;
      }
      ul.evidence {
        margin: 0;
        padding-inline-start: 1.1rem;
        font-size: 0.9rem;
        color: var(--hs-muted);
      }
      li {
        margin-bottom: 0.4rem;
      }
      .band-high {
        --sev: var(--hs-high);
      }
      .band-medium {
        --sev: var(--hs-medium);
      }
      .band-low {
        --sev: var(--hs-low);
      }
    `,
  ]
  declare posture: CombinedPosture | undefined
  declare score: ChecklistScore | undefined

  constructor() {
    super()
    new LocaleController(this)
    this.posture = undefined
    this.score = undefined
  }

  private entry(e: FixFirstEntry): TemplateResult {
    const band = html`<span class=${`badge band-${e.band}`}>${l(RISK_BAND_LABELS[e.band])}</span>`
    if (e.kind === 'scan') {
      return html`<li>
        ${band} ${t('posture.scanFinding')}: <span lang="en">${e.rule.title}</span>
      </li>`
    }
    const action = e.entry.action === 'check' ? t('posture.check') : t('posture.fix')
    return html`<li>
      ${band} <span class="mono">${e.entry.item.id}</span> ${l(e.entry.item.title)}
      <span class="muted">(${action})</span>
    </li>`
  }

  override render(): TemplateResult | typeof nothing {
    const p = this.posture
    const s = this.score
    if (!p || !s) return nothing
    const level = p.maturity === null ? undefined : MATURITY_LEVELS[p.maturity]
    const fmt = (n: number | null) => (n === null ? '—' : formatNumber(n))
    return html`<section class="card" aria-labelledby="posture-h">
      <h2 id="posture-h">${t('posture.title')}</h2>
      <div class="grid">
        <div>
          <p class="muted">${t('posture.combined')}</p>
          <p class="figure" data-testid="combined-score">
            ${fmt(p.score)}<span class="muted"> / 100</span>
          </p>
          <p class="muted">${t(`posture.basis.${p.basis}`)}</p>
        </div>
        <div>
          <p class="muted">${t('posture.checklist')}</p>
          <p class="figure">${fmt(p.checklistScore)}</p>
          <p class="muted">
            ${t('checklist.progress', { answered: s.answered, total: s.applicable })}
          </p>
          <ul class="evidence" aria-label=${t('posture.evidence')}>
            ${EVIDENCE_ORDER.filter((e) => s.evidence[e] > 0).map(
              (e) => html`<li>${l(EVIDENCE_LABELS[e])}: ${s.evidence[e]}</li>`
            )}
          </ul>
        </div>
        <div>
          <p class="muted">${t('posture.scan')}</p>
          <p class="figure">${fmt(p.scanScore)}</p>
        </div>
        <div>
          <p class="muted">${t('posture.maturity')}</p>
          <p class="figure" data-testid="maturity">
            ${level ? `${level.level} · ${l(level.name)}` : '—'}
          </p>
          ${level ? html`<p class="muted">${l(level.description)}</p>` : nothing}
        </div>
      </div>
      <h3>${t('posture.fixFirst')}</h3>
      ${
        p.fixFirst.length === 0
          ? html`<p>${t('posture.nothingToFix')}</p>`
          : html`<ol data-testid="fix-first">
              ${p.fixFirst.slice(0, FIX_FIRST_COUNT).map((e) => this.entry(e))}
            </ol>`
      }
    </section>`
  }
}

customElements.define('hs-posture', HsPosture)

declare global {
  interface HTMLElementTagNameMap {
    'hs-posture': HsPosture
  }
}
