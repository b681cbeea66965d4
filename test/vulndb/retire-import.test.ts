import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { importRetire } from '../../scanner/vulndb/retire-import.ts'
import { expandReplacePattern, expandVersionPattern } from '../../scanner/vulndb/patterns.ts'
import { RETIRE_V5, RETIRE_V6 } from './shared-data.ts'

const load = (path: string) => importRetire(JSON.parse(readFileSync(path, 'utf8')))

describe('importRetire on the real repository files', () => {
  it.each([
    ['v5', RETIRE_V5],
    ['v6', RETIRE_V6],
  ])('%s: 74 libraries, 722 range entries, func checks, excludes, nothing rejected', (_, path) => {
    const out = load(path)
    const libraries = Object.values(out.libraries)
    expect(out.shape).toBe('repository')
    expect(libraries).toHaveLength(74)
    expect(libraries.reduce((n, l) => n + l.advisories.length, 0)).toBe(722)
    expect(libraries.filter((l) => l.detect.func.length > 0).length).toBe(42)
    expect(out.rejected).toEqual([])
    expect(out.libraries['retire-example']).toBeUndefined()
    expect(out.skipUris.length).toBeGreaterThan(0)
    const jquery = out.libraries.jquery!
    expect(jquery.advisories.some((a) => a.range.excludes?.includes('1.12.4-aem'))).toBe(true)
    const eol = jquery.advisories.filter((a) => a.endOfLife)
    expect(eol.map((a) => a.range.below)).toContain('2.999.999')
    expect(jquery.detect.contentReplace.length).toBe(1)
  })

  it('expands §§version§§ so the version is capture group 1', () => {
    const jquery = load(RETIRE_V5).libraries.jquery!
    const banner = new RegExp(jquery.detect.content[0]!)
    expect(banner.exec('/*! jQuery v1.12.4 | (c) jQuery Foundation')?.[1]).toBe('1.12.4')
  })
})

describe('importRetire shapes and validation (synthetic)', () => {
  const lib = (
    extractors: object,
    vulnerabilities: object[] = [
      { below: '2.0.0', severity: 'high', identifiers: { CVE: ['CVE-1'] } },
    ]
  ) => ({ extractors, vulnerabilities })

  it('rejects patterns whose version is not the first capture group, or that do not compile', () => {
    const out = importRetire({
      good: lib({ filecontent: ['good v(§§version§§)'] }),
      bad: lib({ filecontent: ['(x|y) v(§§version§§)', 'no placeholder', 'v(§§version§§)('] }),
    })
    expect(out.libraries.good!.detect.content).toHaveLength(1)
    expect(out.libraries.bad!.detect.content).toEqual([])
    expect(out.rejected).toHaveLength(3)
  })

  it('reads the -combined form with its backdoored list', () => {
    const out = importRetire({
      advisories: { a: lib({ uri: ['/a/(§§version§§)/a.js'] }) },
      backdoored: {
        'evil.example': [
          {
            summary: 'bad',
            severity: 'critical',
            extractors: ['^https://evil\\.example/'],
            info: ['https://report'],
          },
        ],
      },
    })
    expect(out.shape).toBe('combined')
    expect(out.compromisedHosts).toEqual([
      {
        id: 'evil.example',
        summary: 'bad',
        severity: 'critical',
        patterns: ['^https://evil\\.example/'],
        urls: ['https://report'],
      },
    ])
  })

  it('reads jsrepository-backdoored.json alone', () => {
    const out = importRetire({
      'polyfill.io': [
        { summary: 's', severity: 'high', extractors: ['^https://polyfill\\.io/'], info: [] },
      ],
    })
    expect(out.shape).toBe('backdoored')
    expect(out.compromisedHosts[0]!.id).toBe('polyfill.io')
  })

  it('refuses data with no libraries', () => {
    expect(() => importRetire({ 'dont check': { extractors: { uri: [] } } })).toThrow(
      /no libraries/
    )
    expect(() => importRetire([])).toThrow(/not a Retire/)
  })

  it('splits filecontentreplace rules', () => {
    expect(expandReplacePattern('/v=([0-9]+)\\.([0-9]+)/$1.$2/')).toEqual({
      search: 'v=([0-9]+)\\.([0-9]+)',
      replace: '$1.$2',
    })
    expect(expandVersionPattern('(?:a|b)-(§§version§§)')).toHaveProperty('source')
  })
})
