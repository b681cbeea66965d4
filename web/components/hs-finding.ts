/**
 * One failed check in plain language: what it means for the business, how to fix it (with
 * snippets per server or hosting panel) and the evidence, shown on demand.
 */
import { LitElement, css, html, nothing } from 'lit'
import type { TemplateResult } from 'lit'
import { findRule } from '../../rules/registry.ts'
import type { RuleResult } from '../../rules/types.ts'
import { LocaleController, t } from '../i18n/index.ts'
import { severityLabel } from '../labels.ts'
import { safeHref } from '../safe-href.ts'
import { shared } from '../styles.ts'

export class HsFinding extends LitElement {
  static override properties = { rule: { attribute: false } }
  static override styles = [
    shared,
    css`
      article {
        border-inline-start: 6px solid var(--sev);
      }
      h4 {
        font-size: 1.1rem;
        display: flex;
        gap: 0.5rem;
        flex-wrap: wrap;
        align-items: baseline;
      }
      dt {
        font-weight: 600;
        margin-top: 0.5rem;
      }
      dd {
        margin: 0 0 0.5rem;
      }
      details {
        margin: 0.5rem 0;
      }
      summary {
        cursor: pointer;
        color: var(--hs-primary);
        font-weight: 600;
      }
      ul.messages {
        padding-inline-start: 1.2rem;
      }
      th {
        width: 30%;
      }
      td {
        word-break: break-word;
      }
    `,
  ]
  declare rule: RuleResult | undefined

  constructor() {
    super()
    new LocaleController(this)
    this.rule = undefined
  }

  override render(): TemplateResult | typeof nothing {
    const rule = this.rule
    if (!rule) return nothing
    const meta = findRule(rule.ruleId)?.meta
    const evidence = rule.findings.flatMap((f) => f.evidence)
    return html`<article class=${`card sev-${rule.severity}`} data-rule=${rule.ruleId}>
      <h4>
        <span class="badge">${severityLabel(rule.severity)}</span>
        <span lang="en">${rule.title}</span>
      </h4>
      <ul class="messages" lang="en">
        ${rule.findings.map((f) => html`<li>${f.message}</li>`)}
      </ul>
      <dl>
        ${
          meta
            ? html`<dt>${t('finding.meaning')}</dt>
                <dd lang="en">${meta.description}</dd>
                <dt>${t('finding.fix')}</dt>
                <dd lang="en">${meta.remediation}</dd>`
            : nothing
        }
      </dl>
      ${(meta?.fixes ?? []).map(
        (fix) =>
          html`<details>
            <summary>${t('finding.snippet', { platform: fix.platform })}</summary>
            <pre
              tabindex="0"
              aria-label=${t('finding.snippet', { platform: fix.platform })}
            ><code>${fix.snippet}</code></pre>
          </details>`
      )}
      ${
        evidence.length > 0
          ? html`<details class="evidence">
              <summary>${t('finding.evidence')}</summary>
              <table>
                <caption class="visually-hidden">
                  ${t('finding.evidenceTable')}
                </caption>
                <tbody>
                  ${evidence.map(
                    (e) =>
                      html`<tr>
                        <th scope="row">${e.label}</th>
                        <td class="mono">
                          ${e.value}${e.truncated ? html` <em>${t('finding.truncated')}</em>` : nothing}
                        </td>
                      </tr>`
                  )}
                </tbody>
              </table>
            </details>`
          : nothing
      }
      ${
        meta && meta.references.length > 0
          ? html`<details>
              <summary>${t('finding.references')}</summary>
              <ul>
                ${meta.references.map(
                  (ref) =>
                    html`<li>
                      <a href=${safeHref(ref)} rel="noopener noreferrer" target="_blank">${ref}</a>
                    </li>`
                )}
              </ul>
            </details>`
          : nothing
      }
    </article>`
  }
}

customElements.define('hs-finding', HsFinding)

declare global {
  interface HTMLElementTagNameMap {
    'hs-finding': HsFinding
  }
}
