/**
 * Which of many literals (the content patterns' required literals, see needle.ts) occur in a text,
 * found in ONE pass over it. Searching each literal with `text.includes` read every script ~200
 * times (once per pattern) and was most of the content scan's CPU; here each character costs a
 * shift, a table load and a branch, and only windows whose hash a literal shares are compared.
 */

/** Every literal is at least this long: the hash covers a window of this many characters. */
export const WINDOW = 4
const BITS = 16
const SIZE = 1 << BITS
const MASK = SIZE - 1

/**
 * A hash of the last WINDOW characters only: each step shifts older characters 4 bits up, so a
 * character WINDOW steps back has left the 16 bits. Collisions are fine (startsWith decides).
 */
const step = (hash: number, code: number) => ((hash << 4) ^ code) & MASK

/**
 * How common a character is in JavaScript source, roughly: letters, spaces and everyday
 * punctuation are everywhere, quotes, digits, capitals and rarer symbols less so.
 */
const commonness = (code: number) =>
  (code >= 97 && code <= 122) || code === 32
    ? 3
    : '.(),;=\n\t'.includes(String.fromCharCode(code))
      ? 2
      : 1

/**
 * The window of a literal the search keys on: its least common one, so that the windows of
 * ordinary code ("func", "retu", "this") rarely lead to a comparison.
 */
function keyOffset(literal: string): number {
  let best = 0
  let bestScore = Infinity
  for (let offset = 0; offset + WINDOW <= literal.length; offset++) {
    let score = 0
    for (let i = 0; i < WINDOW; i++) score += commonness(literal.charCodeAt(offset + i))
    if (score < bestScore) [best, bestScore] = [offset, score]
  }
  return best
}

interface Keyed {
  literal: string
  /** Where the keyed window starts inside the literal. */
  offset: number
}

export interface NeedleSet {
  /** The literals that occur in `text` (a subset of the ones given to createNeedleSet). */
  find(text: string): Set<string>
}

export function createNeedleSet(literals: Iterable<string>): NeedleSet {
  const unique = [...new Set(literals)]
  // Literals shorter than the window (none from needle.ts) are searched the plain way.
  const short = unique.filter((s) => s.length < WINDOW)
  // A typed-array filter in front of the map: almost every window is rejected by one load.
  const filter = new Uint8Array(SIZE)
  const byHash = new Map<number, Keyed[]>()
  for (const literal of unique) {
    if (literal.length < WINDOW) continue
    const offset = keyOffset(literal)
    let hash = 0
    for (let i = 0; i < WINDOW; i++) hash = step(hash, literal.charCodeAt(offset + i))
    filter[hash] = 1
    byHash.set(hash, [...(byHash.get(hash) ?? []), { literal, offset }])
  }
  const long = unique.length - short.length

  return {
    find(text) {
      const found = new Set<string>(short.filter((s) => text.includes(s)))
      if (long === 0) return found
      let foundLong = 0
      for (let i = nextHit(text, 0, filter); i >= 0; i = nextHit(text, i + 1, filter)) {
        const windowStart = i - (WINDOW - 1)
        for (const { literal, offset } of byHash.get(windowHash(text, windowStart))!) {
          const start = windowStart - offset
          if (start >= 0 && !found.has(literal) && text.startsWith(literal, start)) {
            found.add(literal)
            // Every literal seen: the rest of the text cannot change the answer.
            if (++foundLong === long) return found
          }
        }
      }
      return found
    },
  }
}

const windowHash = (text: string, start: number) => {
  let hash = 0
  for (let i = start; i < start + WINDOW; i++) hash = step(hash, text.charCodeAt(i))
  return hash
}

/**
 * The index of the first character at or after `from` that ends a window the filter lets
 * through, or -1. A loop of its own without calls, which V8 compiles to a tight one.
 */
function nextHit(text: string, from: number, filter: Uint8Array): number {
  const end = text.length
  let hash = 0
  for (let i = Math.max(0, from - (WINDOW - 1)); i < from; i++)
    hash = step(hash, text.charCodeAt(i))
  for (let i = from; i < end; i++) {
    hash = step(hash, text.charCodeAt(i))
    if (filter[hash] !== 0 && i >= WINDOW - 1) return i
  }
  return -1
}
