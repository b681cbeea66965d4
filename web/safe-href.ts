/**
 * Every link built from data (scanned URLs, API links) goes through here. Only absolute http(s)
 * URLs and same-origin paths pass; javascript:, data:, vbscript:, blob:, file: and anything that
 * does not parse become a harmless '#'.
 */
export const BLOCKED_HREF = '#'

const ALLOWED = new Set(['http:', 'https:'])

export function safeHref(value: unknown, base = 'http://localhost/'): string {
  if (typeof value !== 'string') return BLOCKED_HREF
  // Browsers drop ASCII control characters and whitespace inside schemes ("java\tscript:").
  // eslint-disable-next-line no-control-regex
  const cleaned = value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '')
  if (cleaned === '' || cleaned.length > 4096) return BLOCKED_HREF
  let parsed: URL
  try {
    parsed = new URL(cleaned, base)
  } catch {
    return BLOCKED_HREF
  }
  if (!ALLOWED.has(parsed.protocol)) return BLOCKED_HREF
  if (parsed.username !== '' || parsed.password !== '') return BLOCKED_HREF
  // Relative input stays relative (same origin); absolute input is returned normalised.
  const relative = !/^[a-z][a-z0-9+.-]*:/i.test(cleaned) && !cleaned.startsWith('//')
  return relative ? cleaned : parsed.href
}
