/** Styles of the application shell: skip link, banner, navigation, main and footer. */
import { css } from 'lit'

export const appStyles = css`
  .skip {
    position: absolute;
    left: -999px;
    top: 0.5rem;
    background: #fff;
    padding: 0.5rem 1rem;
    z-index: 10;
  }
  .skip:focus {
    left: 0.5rem;
  }
  header {
    background: #0b2f52;
    color: #fff;
  }
  /* Brand and tools on the first row, navigation on its own row: room for longer Chinese or
     English labels without wrapping unpredictably. */
  .bar {
    max-width: 72rem;
    margin: 0 auto;
    padding: 0.6rem 1rem 0.5rem;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    justify-content: space-between;
  }
  .bar nav {
    flex: 1 0 100%;
    margin-inline-start: -0.75rem;
  }
  .brand {
    color: #fff;
    font-size: 1.25rem;
    font-weight: 700;
    text-decoration: none;
  }
  nav ul {
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    margin: 0;
    padding: 0;
  }
  nav a {
    color: #fff;
    text-decoration: none;
    padding: 0.4rem 0.75rem;
    border-radius: 6px;
    display: inline-block;
  }
  .tools {
    display: flex;
    gap: 0.75rem;
    align-items: center;
  }
  .tools a {
    color: #fff;
  }
  nav a[aria-current='page'] {
    background: #fff;
    color: #0b2f52;
    font-weight: 600;
  }
  header a:focus-visible {
    outline-color: #ffd27a;
  }
  main#main:focus,
  main#main:focus-visible {
    /* Focus lands here after navigation for screen readers; no ring around the page. */
    outline: none;
  }
  main {
    max-width: 72rem;
    margin: 0 auto;
    padding: 1.5rem 1rem 3rem;
  }
  footer {
    max-width: 72rem;
    margin: 0 auto;
    padding: 1rem;
    border-top: 1px solid var(--hs-border);
    font-size: 0.9rem;
  }
`
