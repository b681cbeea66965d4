/** Styles of one checklist item, kept apart to keep the element file short. */
import { css } from 'lit'

export const itemStyles = css`
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  legend {
    font-size: 1.05rem;
    font-weight: 700;
    padding: 0;
  }
  .id {
    font-family: var(--hs-mono);
    font-size: 0.85rem;
    color: var(--hs-muted);
  }
  .meta {
    font-size: 0.9rem;
    margin: 0.25rem 0 0.5rem;
  }
  .answers {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    margin-bottom: 0.5rem;
  }
  .choice {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
  }
  .choice label {
    font-weight: 400;
  }
  input[type='radio'] {
    width: 1.1rem;
    height: 1.1rem;
  }
  textarea {
    width: 100%;
    display: block;
  }
  .note-label {
    display: block;
    margin-top: 0.25rem;
  }
  .small {
    font-size: 0.85rem;
    margin: 0.2rem 0 0;
  }
  .status {
    min-height: 1.2em;
    margin: 0.25rem 0 0;
    color: var(--hs-good);
    font-weight: 600;
  }
  .needs {
    display: inline-block;
    margin: 0.25rem 0 0;
    padding: 0 0.5rem;
    border: 1px solid var(--hs-medium);
    border-radius: 999px;
    color: var(--hs-medium);
    font-weight: 600;
  }
  .note-box {
    background: #eef3f9;
    border: 1px solid #b8cbe0;
    border-radius: 6px;
    padding: 0.5rem 0.75rem;
  }
  .warn {
    color: var(--hs-medium);
    font-weight: 600;
    margin: 0.25rem 0 0;
  }
  .flagged {
    border-color: var(--hs-high);
    border-width: 2px;
  }
  .flag {
    background: #fdf0ef;
    border: 1px solid #e4b4b0;
    border-radius: 6px;
    padding: 0.75rem;
    margin: 0.5rem 0;
  }
  .flag ul {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.2rem;
  }
  .suggest,
  .verified {
    background: #eef6f0;
    border: 1px solid #b5d6bf;
    border-radius: 6px;
    padding: 0.5rem 0.75rem;
  }
  details summary {
    cursor: pointer;
    color: var(--hs-primary);
    font-weight: 600;
  }
  h4 {
    font-size: 0.95rem;
    margin-top: 0.75rem;
  }
`
