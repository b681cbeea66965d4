/**
 * Failed checks grouped by severity (most severe first), then the checks that could not run
 * and a count of the ones that passed.
 */
import { LitElement, css, html, nothing } from 'lit'
import type { TemplateResult } from 'lit'
import { SEVERITIES } from '../../rules/types.ts'
import type { RuleResult, ScanResult, Severity } from '../../rules/types.ts'
import { LocaleController, t } from '../i18n/index.ts'
import { shared } from '../styles.ts'
import { severityLabel } from '../labels.ts'
import './hs-finding.ts'

export class HsFindings extends LitElement {
  static override properties = { result: { attribute: false } }
  static override styles = [
    shared,
    css`
      section.group {
        margin-bottom: 1.5rem;
      }
      h3 {
        border-inline-start: 6px solid var(--sev);
        padding-inline-start: 0.5rem;
      }
      ul.errors {
        padding-inline-start: 1.2rem;
      }
    `,
  ]
  declare result: ScanResult | undefined

  constructor() {
    super()
    new LocaleController(this)
    this.result = undefined
  }

  private group(severity: Severity, rules: RuleResult[]): TemplateResult | typeof nothing {
    if (rules.length === 0) return nothing
    return html`<section class=${`group sev-${severity}`} aria-labelledby=${`sev-${severity}`}>
      <h3 id=${`sev-${severity}`}>${severityLabel(severity)} (${rules.length})</h3>
      ${rules.map((rule) => html`<hs-finding .rule=${rule}></hs-finding>`)}
    </section>`
  }

  override render(): TemplateResult | typeof nothing {
    const result = this.result
    if (!result) return nothing
    const failed = result.rules.filter((r) => r.status === 'fail')
    const errored = result.rules.filter((r) => r.status === 'error')
    const passed = result.rules.filter((r) => r.status === 'pass').length
    return html`<section aria-labelledby="findings-h">
      <h2 id="findings-h">${t('findings.title')}</h2>
      <p>${t('findings.summary', { failed: failed.length, passed })}</p>
      ${failed.length === 0 ? html`<p class="card">${t('findings.none')}</p>` : nothing}
      ${SEVERITIES.map((s) =>
        this.group(
          s,
          failed.filter((r) => r.severity === s)
        )
      )}
      ${
        errored.length > 0
          ? html`<section class="card" aria-labelledby="errors-h">
              <h3 id="errors-h">${t('findings.errored')}</h3>
              <p class="muted">${t('findings.erroredHelp')}</p>
              <ul class="errors">
                ${errored.map(
                  (r) =>
                    html`<li>
                      <span lang="en">${r.title}</span
                      >${r.error ? html` <span class="muted">(${r.error.code})</span>` : nothing}
                    </li>`
                )}
              </ul>
            </section>`
          : nothing
      }
    </section>`
  }
}

customElements.define('hs-findings', HsFindings)

declare global {
  interface HTMLElementTagNameMap {
    'hs-findings': HsFindings
  }
}
