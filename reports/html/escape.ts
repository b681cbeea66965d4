/**
 * The only way scanned text enters a report. Every string from a ScanResult is hostile: it may be
 * a page title or header value chosen by the site we scanned.
 */
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
}

// Control characters (except tab and newlines) have no business in a report; NUL confuses parsers.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g

/** Escapes text for element content and for quoted attribute values. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '')
    .replace(CONTROL, '\ufffd')
    .replace(/[&<>"'`]/g, (c) => ENTITIES[c] ?? c)
}

const MAX_URL = 2048

/** The URL if it is a plain http(s) link, else undefined. Never javascript:, data:, file: … */
export function safeHref(value: string | undefined): string | undefined {
  if (value === undefined || value.length > MAX_URL) return undefined
  if (!URL.canParse(value)) return undefined
  const url = new URL(value)
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined
  return url.href
}

/** A link when the URL is safe, otherwise the same text, escaped and inert. */
export function link(url: string, text: string = url): string {
  const href = safeHref(url)
  if (href === undefined) return `<span class="url">${escapeHtml(text)}</span>`
  return `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${escapeHtml(text)}</a>`
}

/** Cuts long scanned strings for display; the full value stays in the JSON. */
export function clip(value: string, max: number): string {
  return value.length <= max
    ? value
    : `${value.slice(0, max)}… (${value.length - max} more characters)`
}
