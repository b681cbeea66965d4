import { escapeHtml } from './escape.ts'
import { STYLES } from './styles.ts'

/**
 * No script, no network: the CSP forbids everything but inline styles and data: images, so even
 * a missed escape cannot run code or call home when the owner opens the file.
 */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

export interface PageParts {
  title: string
  body: string
  scannerVersion: string
}

export function page({ title, body, scannerVersion }: PageParts): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<style>${STYLES}</style>
</head>
<body>
<main>
${body}
<footer>Made by HarbourScan ${escapeHtml(scannerVersion)}, a passive scanner: it looked at what the
site shows every visitor and did not try to break in. Results describe the moment of the scan.</footer>
</main>
</body>
</html>
`
}

/** A grade letter's colour class; unknown letters are grey. */
export function gradeClass(letter: string | null): string {
  if (letter === null) return 'g-none'
  const first = letter.charAt(0)
  if (first === 'A') return 'g-a'
  if (first === 'B') return 'g-b'
  if (first === 'C') return 'g-c'
  if (first === 'D' || first === 'E') return 'g-d'
  if (first === 'F' || first === 'T' || first === 'M') return 'g-f'
  return 'g-none'
}
