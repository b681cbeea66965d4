import type { Letter } from '../types.ts'

/** Best-first order used to combine grades; T (trust) and M (mismatch) count as failing. */
const ORDER: readonly string[] = [
  'A+',
  'A',
  'A-',
  'B+',
  'B',
  'B-',
  'C+',
  'C',
  'C-',
  'D+',
  'D',
  'D-',
  'E',
  'F',
]

export function letterRank(letter: Letter | string): number {
  if (letter === 'T' || letter === 'M') return ORDER.length - 1
  const i = ORDER.indexOf(letter)
  return i === -1 ? ORDER.length - 1 : i
}

/** The worse of two letters (by rank), keeping the original spelling. */
export function worseLetter(a: string, b: string): string {
  return letterRank(b) > letterRank(a) ? b : a
}
