/** URL helpers for the HTML parser: resolution never throws and results are length-capped. */
const MAX_URL_CHARS = 2048

export function resolveUrl(value: string, base: string): string | undefined {
  if (value === '' || value.length > MAX_URL_CHARS) return undefined
  try {
    const url = new URL(value, base)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined
  } catch {
    return undefined
  }
}

export function cap(value: string | undefined, max: number): string | undefined {
  if (value === undefined) return undefined
  const trimmed = value.trim()
  return trimmed.length > max ? trimmed.slice(0, max) : trimmed
}
