/**
 * Grade distribution as an inline SVG bar chart. The SVG is hidden from assistive technology;
 * the same numbers are in a table right after it (the accessible alternative).
 */
import { LitElement, css, html, svg } from 'lit'
import type { TemplateResult } from 'lit'
import { LocaleController, t } from '../i18n/index.ts'
import { shared } from '../styles.ts'

export interface Bar {
  label: string
  count: number
}

const BAR_W = 64
const GAP = 16
const H = 180
const TOP = 20
const BOTTOM = 28

function barColour(label: string): string {
  const first = label[0]
  if (first === 'A') return '#1e6b35'
  if (first === 'B') return '#4d6b12'
  if (first === 'C') return '#8a5300'
  if (first === 'D' || first === 'E' || first === 'F' || first === 'T' || first === 'M')
    return '#9b1c1c'
  return '#4a5568'
}

export class HsGradeChart extends LitElement {
  static override properties = { bars: { attribute: false }, caption: { type: String } }
  static override styles = [
    shared,
    css`
      :host {
        display: grid;
        grid-template-columns: minmax(0, 2fr) minmax(12rem, 1fr);
        gap: 1.5rem;
        align-items: start;
      }
      @media (max-width: 48rem) {
        :host {
          grid-template-columns: minmax(0, 1fr);
        }
      }
      svg {
        max-width: 100%;
        height: auto;
        display: block;
        margin-bottom: 0.75rem;
      }
      text {
        font-family: var(--hs-font);
        font-size: 12px;
        fill: #1a2433;
      }
      caption {
        text-align: start;
        font-weight: 600;
        padding-bottom: 0.25rem;
      }
      th,
      td {
        padding: 0.2rem 0.6rem;
      }
      td {
        text-align: end;
      }
    `,
  ]
  declare bars: Bar[]
  declare caption: string

  constructor() {
    super()
    new LocaleController(this)
    this.bars = []
    this.caption = ''
  }

  override render(): TemplateResult {
    const max = Math.max(1, ...this.bars.map((b) => b.count))
    const width = Math.max(1, this.bars.length) * (BAR_W + GAP) + GAP
    const plot = H - TOP - BOTTOM
    return html`
      <svg
        viewBox=${`0 0 ${width} ${H}`}
        width=${width}
        height=${H}
        aria-hidden="true"
        focusable="false"
      >
        <line x1="0" x2=${width} y1=${H - BOTTOM} y2=${H - BOTTOM} stroke="#6b7684"></line>
        ${this.bars.map((b, i) => {
          const h = Math.round((b.count / max) * plot)
          const x = GAP + i * (BAR_W + GAP)
          const y = H - BOTTOM - h
          return svg`<g>
            <rect x=${x} y=${y} width=${BAR_W} height=${h} fill=${barColour(b.label)}></rect>
            <text x=${x + BAR_W / 2} y=${y - 4} text-anchor="middle">${b.count}</text>
            <text x=${x + BAR_W / 2} y=${H - BOTTOM + 16} text-anchor="middle">${b.label.length > 11 ? `${b.label.slice(0, 10)}…` : b.label}</text>
          </g>`
        })}
      </svg>
      <table>
        <caption>
          ${this.caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t('batch.grade')}</th>
            <th scope="col">${t('batch.sites')}</th>
          </tr>
        </thead>
        <tbody>
          ${this.bars.map(
            (b) =>
              html`<tr>
                <th scope="row">${b.label}</th>
                <td>${b.count}</td>
              </tr>`
          )}
        </tbody>
      </table>
    `
  }
}

customElements.define('hs-grade-chart', HsGradeChart)

declare global {
  interface HTMLElementTagNameMap {
    'hs-grade-chart': HsGradeChart
  }
}
