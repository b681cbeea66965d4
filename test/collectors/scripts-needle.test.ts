/**
 * The regex prefilter must never skip a regex that would match: every match of every Retire.js
 * content pattern on the real library files contains the pattern's required literal.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { requiredLiteral, requiredLiterals } from '../../scanner/collectors/scripts/needle.ts'
import { importRetire } from '../../scanner/vulndb/retire-import.ts'
import { CONTROLS, PLANTED, libraryFile, stripBanner } from '../range/libraries.ts'
import { RETIRE_V6 } from '../vulndb/shared-data.ts'

describe('requiredLiteral', () => {
  it.each([
    ['/\\*!? jQuery v([0-9]+)', ' jQuery v'],
    ['(?:const|var) pdfjsVersion = [\'"]([0-9]+)', ' pdfjsVersion = '],
    ['abc+defg', 'defg'],
    ['jquery|zepto', undefined],
    ['a(b|c)d', undefined],
    ['x\\.yz\\.w?q', 'x.yz.'],
    ['[a-z]{2}longliteral{2}', 'longlitera'],
  ])('%s → %s', (source, expected) => {
    expect(requiredLiteral(source)).toBe(expected)
  })

  it.each([
    ['name:\\s*[\'"]mustache.js[\'"],\\s*version:', ['name:', 'mustache', 'version:']],
    ['abc+defg', ['defg']],
    ['jquery|zepto', []],
    ['(?:a|b)longer.literal', ['longer', 'literal']],
  ])('requiredLiterals(%s) → %j', (source, expected) => {
    expect(requiredLiterals(source)).toEqual(expected)
  })

  it('is sound on every Retire.js content pattern against the real library files', () => {
    const libraries = Object.values(
      importRetire(JSON.parse(readFileSync(RETIRE_V6, 'utf8'))).libraries
    )
    const sources = libraries.flatMap((l) => [
      ...l.detect.content,
      ...l.detect.contentReplace.map(([s]) => s),
    ])
    const texts = [...PLANTED, ...CONTROLS].flatMap((lib) => {
      const text = libraryFile(lib).toString('utf8')
      return [text, stripBanner(text)]
    })
    let matches = 0
    let withNeedle = 0
    for (const source of sources) {
      const needle = requiredLiteral(source)
      const all = requiredLiterals(source)
      if (needle) withNeedle++
      const re = new RegExp(source, 'g')
      for (const text of texts) {
        re.lastIndex = 0
        for (let m = re.exec(text), n = 0; m && n < 5; m = re.exec(text), n++) {
          matches++
          if (needle) expect(m[0], source).toContain(needle)
          for (const literal of all) expect(m[0], source).toContain(literal)
          if (m[0].length === 0) re.lastIndex++
        }
      }
    }
    expect(matches).toBeGreaterThan(20)
    expect(withNeedle / sources.length).toBeGreaterThan(0.6)
  })
})
