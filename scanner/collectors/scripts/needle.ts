/**
 * A literal every match of a regex must contain, found conservatively from its source, so a cheap
 * `text.includes(needle)` can skip the regex on text that cannot match. Returns undefined whenever
 * unsure (top-level alternation, flags, lookbehind at top level…): then the regex always runs.
 */

// Sticky, matched at an index: slicing the source at every character made this quadratic.
const QUANTIFIER = /(\?|\*|\+|\{\d*,?\d*\})\??/y
const quantifierAt = (source: string, at: number): string | undefined => {
  QUANTIFIER.lastIndex = at
  return QUANTIFIER.exec(source)?.[0]
}

/** Index just past the group or class that starts at `start`, or -1 when unbalanced. */
function skipGroup(source: string, start: number): number {
  let depth = 0
  let inClass = false
  for (let i = start; i < source.length; i++) {
    const ch = source[i]
    if (ch === '\\') i++
    else if (inClass) inClass = ch !== ']'
    else if (ch === '[') inClass = true
    else if (ch === '(') depth++
    else if (ch === ')' && --depth === 0) return i + 1
  }
  return -1
}

function skipClass(source: string, start: number): number {
  for (let i = start + 1; i < source.length; i++) {
    if (source[i] === '\\') i++
    else if (source[i] === ']') return i + 1
  }
  return -1
}

/** The longest literal every match contains (see requiredLiterals), if one is long enough. */
export function requiredLiteral(source: string, minLength = 4): string | undefined {
  const runs = requiredLiterals(source, minLength)
  const best = runs.reduce((a, b) => (b.length > a.length ? b : a), '')
  return best || undefined
}

/**
 * Every literal of at least `minLength` characters that each match contains: the regex cannot
 * match a text that lacks any one of them. Empty when unsure (the regex must always run).
 */
export function requiredLiterals(source: string, minLength = 4): string[] {
  const runs: string[] = []
  let run = ''
  const flush = () => {
    if (run) runs.push(run)
    run = ''
  }
  for (let i = 0; i < source.length;) {
    const ch = source[i]!
    const quantifier = quantifierAt(source, i)
    if (quantifier) {
      // The previous character may be absent or repeated: drop it from the run.
      run = run.slice(0, -1)
      flush()
      i += quantifier.length
      continue
    }
    if (ch === '|') return []
    if (ch === '(' || ch === '[') {
      flush()
      const end = ch === '(' ? skipGroup(source, i) : skipClass(source, i)
      if (end < 0) return []
      i = end
      i += quantifierAt(source, i)?.length ?? 0
      continue
    }
    if (ch === '\\') {
      const next = source[i + 1]
      if (next === undefined) return []
      if (/[A-Za-z0-9]/.test(next)) {
        // \s, \d, \b, \n, \u…: not a plain literal.
        flush()
        i += 2
        continue
      }
      run += next
      i += 2
      continue
    }
    if (
      ch === '.' ||
      ch === '^' ||
      ch === '$' ||
      ch === ')' ||
      ch === ']' ||
      ch === '{' ||
      ch === '}'
    ) {
      flush()
      i++
      continue
    }
    run += ch
    i++
  }
  flush()
  return [...new Set(runs.filter((r) => r.length >= minLength))]
}
