/** Styles shared by every component (each shadow root adopts them). */
import { css } from 'lit'

export const shared = css`
  :host {
    display: block;
    font-family: var(--hs-font, system-ui, sans-serif);
    color: var(--hs-text, #1a2433);
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  h1,
  h2,
  h3,
  h4 {
    line-height: 1.25;
    margin: 0 0 0.5rem;
  }
  h1 {
    font-size: clamp(1.5rem, 1.1rem + 1.6vw, 2rem);
    overflow-wrap: anywhere;
  }
  p {
    margin: 0 0 0.75rem;
  }
  a {
    color: var(--hs-primary, #0b4f8a);
  }
  a:focus-visible,
  button:focus-visible,
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible,
  summary:focus-visible,
  [tabindex]:focus-visible {
    outline: 3px solid var(--hs-focus, #b35c00);
    outline-offset: 2px;
  }
  .card {
    background: var(--hs-surface, #fff);
    border: 1px solid var(--hs-border, #cbd2dc);
    border-radius: 8px;
    padding: 1.25rem;
    margin-bottom: 1rem;
  }
  .muted {
    color: var(--hs-muted, #4a5568);
  }
  .mono,
  pre,
  code {
    font-family: var(--hs-mono, monospace);
    font-size: 0.875rem;
  }
  pre {
    background: #f0f2f5;
    border: 1px solid var(--hs-border, #cbd2dc);
    border-radius: 4px;
    padding: 0.75rem;
    overflow: auto;
    white-space: pre-wrap;
    word-break: break-all;
    max-height: 24rem;
  }
  button,
  .button {
    font: inherit;
    display: inline-block;
    border: 1px solid var(--hs-primary, #0b4f8a);
    background: var(--hs-primary, #0b4f8a);
    color: var(--hs-primary-text, #fff);
    border-radius: 6px;
    padding: 0.5rem 1rem;
    cursor: pointer;
    text-decoration: none;
    min-height: 2.5rem;
  }
  button.secondary,
  .button.secondary {
    background: var(--hs-surface, #fff);
    color: var(--hs-primary, #0b4f8a);
  }
  button[disabled] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  label {
    font-weight: 600;
  }
  input[type='url'],
  input[type='text'],
  input[type='search'],
  select,
  textarea {
    font: inherit;
    padding: 0.5rem;
    border: 1px solid #6b7684;
    border-radius: 6px;
    background: #fff;
    color: inherit;
  }
  .error {
    color: var(--hs-critical, #9b1c1c);
    font-weight: 600;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  th,
  td {
    text-align: start;
    padding: 0.4rem 0.6rem;
    border-bottom: 1px solid var(--hs-border, #cbd2dc);
    vertical-align: top;
  }
  progress {
    width: 100%;
    max-width: 32rem;
    height: 1rem;
    accent-color: var(--hs-primary, #0b4f8a);
  }
  .chip {
    display: inline-block;
    min-width: 2.2rem;
    text-align: center;
    border-radius: 4px;
    padding: 0 0.4rem;
    font-weight: 700;
    color: #fff;
    background: #4a5568;
  }
  .chip.tone-good {
    background: #1e6b35;
  }
  .chip.tone-fair {
    background: #4d6b12;
  }
  .chip.tone-weak {
    background: #8a5300;
  }
  .chip.tone-bad {
    background: #9b1c1c;
  }
  .chip.tone-none {
    background: transparent;
    color: inherit;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  .sev-critical {
    --sev: var(--hs-critical, #9b1c1c);
  }
  .sev-high {
    --sev: var(--hs-high, #b3261e);
  }
  .sev-medium {
    --sev: var(--hs-medium, #8a5300);
  }
  .sev-low {
    --sev: var(--hs-low, #1d5f8a);
  }
  .sev-info {
    --sev: var(--hs-info, #4a5568);
  }
  .badge {
    display: inline-block;
    border: 1px solid var(--sev, #4a5568);
    color: var(--sev, #4a5568);
    border-radius: 999px;
    padding: 0 0.6rem;
    font-size: 0.85rem;
    font-weight: 600;
    background: #fff;
  }
`
