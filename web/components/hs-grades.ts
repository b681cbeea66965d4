/** The overall, TLS and web grades side by side, each with the reasons behind it. */
import { LitElement, css, html, nothing } from 'lit'
import type { TemplateResult } from 'lit'
import type { Grade, ScanResult } from '../../rules/types.ts'
import { gradeTone } from '../format.ts'
import { LocaleController, t } from '../i18n/index.ts'
import type { MessageKey } from '../i18n/index.ts'
import { shared } from '../styles.ts'

type Grades = ScanResult['grades']

export class HsGrades extends LitElement {
  static override properties = { grades: { attribute: false } }
  static override styles = [
    shared,
    css`
      .grid {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
        gap: 1rem;
        margin-bottom: 1rem;
      }
      .card {
        margin: 0;
      }
      .letter {
        font-size: 3rem;
        font-weight: 800;
        line-height: 1;
        display: inline-block;
        min-width: 4.5rem;
        text-align: center;
        border-radius: 8px;
        padding: 0.5rem;
        color: #fff;
        background: #4a5568;
      }
      .tone-good {
        background: #1e6b35;
      }
      .tone-fair {
        background: #4d6b12;
      }
      .tone-weak {
        background: #8a5300;
      }
      .tone-bad {
        background: #9b1c1c;
      }
      h3 {
        font-size: 1rem;
      }
      ul {
        padding-inline-start: 1.2rem;
        margin: 0.5rem 0 0;
      }
    `,
  ]
  declare grades: Grades | undefined

  constructor() {
    super()
    new LocaleController(this)
    this.grades = undefined
  }

  private card(id: string, label: MessageKey, grade: Grade): TemplateResult {
    const letter = grade.letter ?? '—'
    return html`<section class="card" aria-labelledby=${`grade-${id}`} data-grade=${id}>
      <h3 id=${`grade-${id}`}>${t(label)}</h3>
      <span
        class=${`letter tone-${gradeTone(grade.letter)}`}
        aria-label=${t('grade.aria', { letter })}
        >${letter}</span
      >
      ${
        grade.score !== null
          ? html`<p class="muted">${t('grade.score', { score: Math.round(grade.score) })}</p>`
          : nothing
      }
      ${grade.letter === null ? html`<p class="muted">${t('grade.notGraded')}</p>` : nothing}
      ${
        grade.reasons.length > 0
          ? html`<ul>
              ${grade.reasons.map((reason) => html`<li lang="en">${reason}</li>`)}
            </ul>`
          : nothing
      }
    </section>`
  }

  override render(): TemplateResult | typeof nothing {
    const g = this.grades
    if (!g) return nothing
    return html`<h2>${t('grade.title')}</h2>
      <div class="grid">
        ${this.card('overall', 'grade.overall', g.overall)} ${this.card('tls', 'grade.tls', g.tls)}
        ${this.card('web', 'grade.web', g.web)}
      </div>`
  }
}

customElements.define('hs-grades', HsGrades)

declare global {
  interface HTMLElementTagNameMap {
    'hs-grades': HsGrades
  }
}
