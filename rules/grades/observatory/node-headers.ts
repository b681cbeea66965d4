import type { ObsResponse } from './types.ts'

/**
 * Headers as Node's http module presents them to the Observatory (axios): a repeated header is
 * joined with ", ", except Set-Cookie (kept as a list) and the headers Node keeps only once.
 */
const FIRST_ONLY = new Set([
  'age',
  'authorization',
  'content-length',
  'content-type',
  'etag',
  'expires',
  'from',
  'host',
  'if-modified-since',
  'if-unmodified-since',
  'last-modified',
  'location',
  'max-forwards',
  'proxy-authorization',
  'referer',
  'retry-after',
  'server',
  'user-agent',
])

/** All "values" the Observatory sees for a header: [] or one joined string (Set-Cookie: a list). */
export function nodeValues(response: ObsResponse | null | undefined, name: string): string[] {
  if (!response) return []
  const values = response.headers.filter(([n]) => n === name).map(([, v]) => v)
  if (values.length === 0) return []
  if (name === 'set-cookie') return values
  if (FIRST_ONLY.has(name)) return [values[0] as string]
  return [values.join(', ')]
}

export function nodeFirst(response: ObsResponse | null | undefined, name: string): string | null {
  return nodeValues(response, name)[0] ?? null
}
