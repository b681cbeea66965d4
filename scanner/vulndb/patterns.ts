/**
 * Retire.js extractor patterns: expand the §§version§§ placeholder and reject patterns that would
 * mis-report (no placeholder, placeholder not in the first capture group, does not compile).
 */

/** What Retire.js substitutes for §§version§§ (after JSON decoding). */
export const VERSION_PATTERN = '[0-9][0-9.a-z_\\-]+'
const PLACEHOLDER = '§§version§§'

/** Capturing groups opened before `index` ("(" not escaped, not "(?:", "(?=", "(?<name>"). */
function capturingGroupsBefore(source: string, index: number): number {
  let count = 0
  let inClass = false
  for (let i = 0; i < index; i++) {
    const ch = source[i]
    if (ch === '\\') {
      i++
      continue
    }
    if (inClass) {
      if (ch === ']') inClass = false
      continue
    }
    if (ch === '[') inClass = true
    else if (ch === '(' && source[i + 1] !== '?') count++
  }
  return count
}

function compiles(source: string): boolean {
  try {
    new RegExp(source)
    return true
  } catch {
    return false
  }
}

/** A uri/filename/filecontent pattern with the version as group 1, or an error string. */
export function expandVersionPattern(raw: string): { source: string } | { error: string } {
  const at = raw.indexOf(PLACEHOLDER)
  if (at < 0) return { error: 'no §§version§§ placeholder' }
  // The first capture group must be the one holding the version, as Retire's validator demands.
  if (capturingGroupsBefore(raw, at) !== 1 || raw[at - 1] !== '(')
    return { error: 'version is not the first capture group' }
  const source = raw.split(PLACEHOLDER).join(VERSION_PATTERN)
  return compiles(source) ? { source } : { error: 'does not compile' }
}

/** A filecontentreplace entry "/search/replacement/" split into its parts. */
export function expandReplacePattern(
  raw: string
): { search: string; replace: string } | { error: string } {
  const parts = /^\/(.*[^\\])\/([^/]+)\/$/s.exec(raw)
  if (!parts?.[1] || !parts[2]) return { error: 'not in /search/replacement/ form' }
  const search = parts[1].split(PLACEHOLDER).join(VERSION_PATTERN)
  return compiles(search) ? { search, replace: parts[2] } : { error: 'does not compile' }
}

/** A plain URL pattern ("dont check", backdoored hosts): must compile. */
export function plainPattern(raw: string): { source: string } | { error: string } {
  return compiles(raw) ? { source: raw } : { error: 'does not compile' }
}
