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
  const byHash = new Map<number, string[]>()
  for (const literal of unique) {
    if (literal.length < WINDOW) continue
    let hash = 0
    for (let i = 0; i < WINDOW; i++) hash = step(hash, literal.charCodeAt(i))
    filter[hash] = 1
    byHash.set(hash, [...(byHash.get(hash) ?? []), literal])
  }
  const long = unique.length - short.length

  return {
    find(text) {
      const found = new Set<string>(short.filter((s) => text.includes(s)))
      if (long === 0) return found
      let foundLong = 0
      let hash = 0
      const end = text.length
      for (let i = 0; i < end; i++) {
        hash = step(hash, text.charCodeAt(i))
        if (filter[hash] === 0 || i < WINDOW - 1) continue
        const start = i - (WINDOW - 1)
        for (const literal of byHash.get(hash)!) {
          if (!found.has(literal) && text.startsWith(literal, start)) {
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
