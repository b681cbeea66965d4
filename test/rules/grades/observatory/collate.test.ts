import { describe, expect, it } from 'vitest'
import { compareLikeCollator } from '../../../../rules/grades/observatory/collate.ts'

const collator = new Intl.Collator('en')
const ASCII = Array.from({ length: 95 }, (_, i) => String.fromCharCode(0x20 + i))
  .filter((ch) => !/[A-Z]/.test(ch))
  .join('')

/** A small deterministic generator (Park–Miller), so a failure reproduces. */
function random(seed: number): () => number {
  let state = seed
  return () => (state = (state * 48271) % 2147483647) / 2147483647
}

function word(next: () => number, alphabet: string, maxLength = 8): string {
  let out = ''
  for (let i = Math.floor(next() * maxLength); i > 0; i--)
    out += alphabet[Math.floor(next() * alphabet.length)]
  return out
}

describe('compareLikeCollator', () => {
  it("orders lower-case ASCII exactly as Intl.Collator('en') does", () => {
    const next = random(20261123)
    for (let k = 0; k < 50_000; k++) {
      const a = word(next, ASCII)
      // Half the pairs share a prefix: prefixes are what the CSP merge cares about.
      const b =
        next() < 0.5
          ? a.slice(0, Math.floor(next() * a.length)) + word(next, ASCII)
          : word(next, ASCII)
      expect([a, b, Math.sign(compareLikeCollator(a, b))]).toEqual([
        a,
        b,
        Math.sign(collator.compare(a, b)),
      ])
    }
  })

  it('sorts typical CSP sources like the collator, punctuation before digits before letters', () => {
    const sources = [
      "'self'",
      'https:',
      'https://a.example/x',
      'https://a.example',
      '*.cdn.example',
      'data:',
      "'none'",
      'blob:',
      'wss://x',
      '127.0.0.1:8080',
    ]
    expect([...sources].sort(compareLikeCollator)).toEqual([...sources].sort(collator.compare))
    expect(compareLikeCollator('a-b', 'ab')).toBe(-1) // punctuation is not ignored
    expect(compareLikeCollator('https:', 'https:/')).toBe(-1) // a prefix sorts first
  })

  it('hands anything outside lower-case ASCII to the real collator', () => {
    const cases: Array<[string, string]> = [
      ['a', 'A'],
      ['résumé', 'resume'],
      ['e\u0301', 'f'],
      ['a\u0000b', 'ab'],
      ['ｈｔｔｐｓ', 'https'],
      ['日本', 'https:'],
    ]
    for (const [a, b] of cases)
      expect(Math.sign(compareLikeCollator(a, b))).toBe(Math.sign(collator.compare(a, b)))
  })
})
