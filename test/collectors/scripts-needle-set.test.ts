/**
 * The one-pass literal search that gates the content regexes, and the URL patterns' literals: a
 * literal reported missing must really be missing, or a library would go undetected.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { createNeedleSet } from '../../scanner/collectors/scripts/needle-set.ts'
import { requiredLiteral } from '../../scanner/collectors/scripts/needle.ts'
import { compileDb } from '../../scanner/collectors/scripts/compiled.ts'
import { detectFromUrl } from '../../scanner/collectors/scripts/url-detect.ts'
import { importRetire } from '../../scanner/vulndb/retire-import.ts'
import { CONTROLS, PLANTED, libraryFile, librariesSite } from '../range/libraries.ts'
import { RETIRE_V6 } from '../vulndb/shared-data.ts'
import { vulnDbOf } from '../rules/software/fixture-db.ts'

const retire = () => importRetire(JSON.parse(readFileSync(RETIRE_V6, 'utf8')))

describe('createNeedleSet', () => {
  it('finds exactly the literals a text contains, at any position', () => {
    const set = createNeedleSet(['jQuery v', 'abcd', 'bcde', 'zzzz', 'é-ü€x', 'ab'])
    expect([...set.find('abcde')].sort()).toEqual(['ab', 'abcd', 'bcde'])
    expect([...set.find('/*! jQuery v1.12.4')]).toEqual(['jQuery v'])
    expect([...set.find('x é-ü€x')]).toEqual(['é-ü€x'])
    expect([...set.find('jQuery')]).toEqual([])
    expect([...set.find('')]).toEqual([])
  })

  it("keys on a literal's least common window, wherever the literal stands", () => {
    const literal = 'function(e,t){"use strict";'
    const set = createNeedleSet([literal])
    expect([...set.find(`${literal} rest`)]).toEqual([literal])
    expect([...set.find(`x = 1; ${literal}`)]).toEqual([literal])
    // The rare window alone, or the literal cut short at either end, is not the literal.
    expect([...set.find('{"use strict";')]).toEqual([])
    expect([...set.find(literal.slice(1))]).toEqual([])
    expect([...set.find(literal.slice(0, -1))]).toEqual([])
  })

  it('tells literals apart whose windows share a hash', () => {
    // The hash keeps the low 4 bits of the oldest characters: these windows collide.
    const set = createNeedleSet(['AAAA', 'QAAA', 'aAAA'])
    expect([...set.find('xxQAAAxx')]).toEqual(['QAAA'])
  })

  it('agrees with String.includes for every content literal on the real library files', () => {
    const libraries = Object.values(retire().libraries)
    const literals = libraries
      .flatMap((l) => [...l.detect.content, ...l.detect.contentReplace.map(([s]) => s)])
      .flatMap((s) => requiredLiteral(s) ?? [])
    const set = createNeedleSet(literals)
    let present = 0
    for (const lib of [...PLANTED, ...CONTROLS]) {
      const text = libraryFile(lib).toString('utf8')
      const found = set.find(text)
      for (const literal of literals)
        expect(found.has(literal), literal).toBe(text.includes(literal))
      present += found.size
    }
    expect(present).toBeGreaterThan(20)
  })
})

describe('URL pattern literals', () => {
  it('never skip a Retire.js uri or filename pattern that matches', () => {
    const db = retire()
    const urls = [
      ...Object.keys(librariesSite().spec.files ?? {}).map((p) => `https://example.com${p}`),
      'https://ajax.googleapis.com/ajax/libs/jquery/1.8.1/jquery.min.js',
      'https://code.jquery.com/jquery-1.11.0.min.js',
      'https://code.jquery.com/ui/1.12.1/jquery-ui.min.js',
      'https://cdnjs.cloudflare.com/ajax/libs/angular.js/1.5.8/angular.min.js',
      'https://cdnjs.cloudflare.com/ajax/libs/handlebars.js/4.0.5/handlebars.min.js',
      'https://cdn.ckeditor.com/4.5.1/standard/ckeditor.js',
      'https://example.com/js/moment-2.19.1.min.js',
      'https://example.com/js/bootstrap-3.3.7.js',
      'https://example.com/d3.v3.min.js',
    ]
    let matched = 0
    for (const lib of Object.values(db.libraries)) {
      for (const source of lib.detect.uri) {
        const needle = requiredLiteral(source)
        for (const url of urls) {
          const m = new RegExp(source).exec(url)
          if (m) matched++
          if (m && needle) expect(m[0], source).toContain(needle)
        }
      }
      for (const source of lib.detect.filename) {
        const needle = requiredLiteral(source)
        for (const url of urls) {
          const file = new URL(url).pathname.split('/').pop() ?? ''
          const m = new RegExp(`^${source}$`).exec(file)
          if (m) matched++
          if (m && needle) expect(m[0], source).toContain(needle)
        }
      }
    }
    expect(matched).toBeGreaterThan(10)
    // And the gated detector still reports what the plain patterns find.
    const compiled = compileDb(
      vulnDbOf({ libraries: db.libraries, skipUris: db.skipUris, compromisedHosts: [] })
    )
    const found = detectFromUrl('https://code.jquery.com/jquery-1.11.0.min.js', compiled)
    expect(found.map((h) => `${h.library}@${h.version}:${h.method}`)).toContain(
      'jquery@1.11.0:filename'
    )
  })
})
