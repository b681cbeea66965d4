/**
 * The content scanner's worker thread: Retire semantics (content, then replace rules) and a time
 * limit that survives a regex crafted to backtrack forever.
 */
import { describe, expect, it } from 'vitest'
import type { VulnDb } from '../../rules/lib/vulndb-types.ts'
import { createContentScanner } from '../../scanner/collectors/scripts/content-scan.ts'
import { compileDb } from '../../scanner/collectors/scripts/compiled.ts'
import { detectFromUrl } from '../../scanner/collectors/scripts/url-detect.ts'
import { mergeHits } from '../../scanner/collectors/scripts/merge.ts'
import { vulnDbOf } from '../rules/software/fixture-db.ts'

const detect = (over: Partial<VulnDb['libraries'][string]['detect']>) => ({
  uri: [],
  filename: [],
  content: [],
  contentReplace: [],
  hashes: {},
  func: [],
  ...over,
})
const V = '[0-9][0-9.a-z_\\-]+'

function db(): VulnDb {
  return vulnDbOf({
    libraries: {
      jquery: {
        id: 'jquery',
        npm: 'jquery',
        advisories: [],
        detect: detect({
          uri: [`/(${V})/jquery(\\.min)?\\.js`],
          filename: [`jquery-(${V})(\\.min)?\\.js`],
          content: [`/\\*!? jQuery v(${V})`],
        }),
      },
      dojo: {
        id: 'dojo',
        advisories: [],
        detect: detect({
          contentReplace: [
            ['dojo.version=\\{major:([0-9]+),minor:([0-9]+),patch:([0-9]+)', '$1.$2.$3'],
          ],
        }),
      },
      // Catastrophic backtracking on "aaaa…!": the kind of pattern a hostile script can trigger.
      evil: { id: 'evil', advisories: [], detect: detect({ content: [`^(a+)+$|evil v(${V})`] }) },
    },
    skipUris: ['^https?://www\\.google-analytics\\.com/ga\\.js'],
    compromisedHosts: [],
  })
}

describe('content scanner worker', () => {
  it('finds banners, and uses replace rules only when no banner matched', async () => {
    const scanner = createContentScanner(db())
    try {
      expect(await scanner.scan('/*! jQuery v1.12.4 | (c) */\r\nvar x')).toEqual({
        hits: [
          {
            library: 'jquery',
            version: '1.12.4',
            method: 'filecontent',
            detail: '/*! jQuery v1.12.4',
          },
        ],
      })
      const dojo = await scanner.scan('dojo.version={major:1,minor:10,patch:4}')
      expect(dojo).toMatchObject({
        hits: [{ library: 'dojo', version: '1.10.4', method: 'filecontentreplace' }],
      })
    } finally {
      await scanner.close()
    }
  })

  it('stops a backtracking regex at the time limit and keeps scanning the next file', async () => {
    const scanner = createContentScanner(db(), { budgetMs: 500 })
    try {
      expect(await scanner.scan(`${'a'.repeat(40)}!`)).toEqual({ timedOut: true })
      expect(await scanner.scan('/*! jQuery v3.7.1 */')).toMatchObject({
        hits: [{ version: '3.7.1' }],
      })
    } finally {
      await scanner.close()
    }
  })
})

describe('URL detection', () => {
  const compiled = compileDb(db())
  const found = (url: string) =>
    detectFromUrl(url, compiled).map((h) => `${h.library}@${h.version}:${h.method}`)

  it.each([
    [
      'https://ajax.googleapis.com/ajax/libs/jquery/1.8.1/jquery.min.js',
      ['jquery@1.8.1:uri', 'jquery@1.8.1:cdn-url'],
    ],
    ['https://code.jquery.com/jquery-1.11.0.min.js', ['jquery@1.11.0:filename']],
    [
      'https://cdn.jsdelivr.net/npm/bootstrap@4.1.0/dist/js/bootstrap.min.js',
      ['bootstrap@4.1.0:cdn-url'],
    ],
    ['https://unpkg.com/vue@2.5.2/dist/vue.min.js', ['vue@2.5.2:cdn-url']],
    [
      'https://cdnjs.cloudflare.com/ajax/libs/angular.js/1.5.8/angular.min.js',
      ['angularjs@1.5.8:cdn-url'],
    ],
    [
      'https://example.com/wp-includes/js/jquery/jquery.min.js?ver=3.7.1',
      ['jquery@3.7.1:query-ver'],
    ],
    ['https://example.com/wp-content/plugins/x/app.js?ver=2.1', []],
    ['https://www.google-analytics.com/ga.js', []],
    ['https://example.com/npm/jquery@<script>/x.js', []],
  ])('%s', (url, expected) => {
    expect(found(url)).toEqual(expected)
  })
})

describe('merging evidence', () => {
  it('lets the strongest method decide and keeps the conflicting version', () => {
    const url = 'https://example.com/jquery.min.js?ver=3.7.1'
    const merged = mergeHits(
      [
        [
          { library: 'jquery', version: '3.7.1', method: 'query-ver', url },
          { library: 'jquery', version: '1.12.4', method: 'filecontent', url },
        ],
      ],
      () => 'jquery'
    )
    expect(merged).toEqual([
      expect.objectContaining({
        library: 'jquery',
        version: '1.12.4',
        confidence: 'high',
        conflictingVersions: ['3.7.1'],
      }),
    ])
    expect(merged[0]!.evidence.map((e) => e.method)).toEqual(['filecontent', 'query-ver'])
  })

  it('keeps two copies of different versions apart', () => {
    const merged = mergeHits(
      [
        [{ library: 'jquery', version: '1.12.4', method: 'filecontent', url: 'a' }],
        [{ library: 'jquery', version: '3.7.1', method: 'hash', url: 'b' }],
      ],
      () => undefined
    )
    expect(merged.map((m) => `${m.version}:${m.confidence}`)).toEqual(['1.12.4:high', '3.7.1:high'])
  })
})
