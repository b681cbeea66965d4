/**
 * Real library files for the test range, taken from npm packages at test time with the ordinary npm
 * client (`npm pack`) and cached under the OS temp dir. Never committed.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'

import { join } from 'node:path'
import { readTarGz } from '../../scanner/vulndb/tar.ts'
import { machineCacheDir } from './cache-dir.ts'
import type { SiteSpec } from './index.ts'

export interface LibraryFile {
  /** npm package name and version. */
  pkg: string
  version: string
  /** Path inside the package. */
  file: string
  /** Retire component id and version HarbourScan must report. */
  library: string
  /** Expected to have known advisories in the Retire.js data. */
  vulnerable: boolean
}

export const PLANTED: LibraryFile[] = [
  {
    pkg: 'jquery',
    version: '1.12.4',
    file: 'dist/jquery.min.js',
    library: 'jquery',
    vulnerable: true,
  },
  {
    pkg: 'bootstrap',
    version: '3.3.7',
    file: 'dist/js/bootstrap.min.js',
    library: 'bootstrap',
    vulnerable: true,
  },
  {
    pkg: 'angular',
    version: '1.5.8',
    file: 'angular.min.js',
    library: 'angularjs',
    vulnerable: true,
  },
  { pkg: 'lodash', version: '4.17.4', file: 'lodash.js', library: 'lodash', vulnerable: true },
  {
    pkg: 'moment',
    version: '2.19.1',
    file: 'min/moment.min.js',
    library: 'moment.js',
    vulnerable: true,
  },
  {
    pkg: 'handlebars',
    version: '4.0.5',
    file: 'dist/handlebars.min.js',
    library: 'handlebars',
    vulnerable: true,
  },
  {
    pkg: 'dompurify',
    version: '2.0.7',
    file: 'dist/purify.min.js',
    library: 'DOMPurify',
    vulnerable: true,
  },
  { pkg: 'vue', version: '2.5.2', file: 'dist/vue.min.js', library: 'vue', vulnerable: true },
]

const PLANTED_BY: Record<string, LibraryFile> = Object.fromEntries(
  PLANTED.map((l) => [l.library, l])
)

/** Current versions: clean controls (no advisory in the data at fd8df0d). */
export const CONTROLS: LibraryFile[] = [
  {
    pkg: 'jquery',
    version: '3.7.1',
    file: 'dist/jquery.min.js',
    library: 'jquery',
    vulnerable: false,
  },
  {
    pkg: 'dompurify',
    version: '3.4.18',
    file: 'dist/purify.min.js',
    library: 'DOMPurify',
    vulnerable: false,
  },
  {
    pkg: 'vue',
    version: '3.5.22',
    file: 'dist/vue.global.prod.js',
    library: 'vue',
    vulnerable: false,
  },
]

const CACHE = join(machineCacheDir(), 'harbourscan-range-libraries')

/** Reads one file out of an npm package, packing it once per machine. */
export function libraryFile(lib: LibraryFile): Buffer {
  const dir = join(CACHE, `${lib.pkg}@${lib.version}`)
  const cached = join(dir, lib.file.replace(/\//g, '__'))
  if (existsSync(cached)) return readFileSync(cached)
  mkdirSync(dir, { recursive: true })
  let tgz = readdirSync(dir).find((f) => f.endsWith('.tgz'))
  if (!tgz) {
    execFileSync(
      'npm',
      ['pack', `${lib.pkg}@${lib.version}`, '--pack-destination', dir, '--silent'],
      {
        timeout: 120_000,
        stdio: ['ignore', 'ignore', 'inherit'],
      }
    )
    tgz = readdirSync(dir).find((f) => f.endsWith('.tgz'))
  }
  if (!tgz) throw new Error(`npm pack ${lib.pkg}@${lib.version} produced no tarball`)
  const entry = readTarGz(readFileSync(join(dir, tgz)), (p) => p === `package/${lib.file}`)[0]
  if (!entry) throw new Error(`${lib.pkg}@${lib.version} has no ${lib.file}`)
  writeFileSync(cached, entry.data)
  return entry.data
}

/** The banner comment removed: detection must then come from code patterns or the URL. */
export function stripBanner(text: string): string {
  return text.replace(/^\s*\/\*[\s\S]*?\*\/\s*/, '')
}

/** Libraries Retire.js still identifies with the banner comment removed (libraries.md §7). */
export const BANNERLESS_DETECTABLE = ['jquery', 'bootstrap', 'angularjs', 'moment.js', 'DOMPurify']

export interface LibrarySite {
  spec: SiteSpec
  /** What must be found: library id → version, per page. */
  expected: { library: string; version: string; via: string }[]
  controls: { library: string; version: string }[]
}

/** A site planting every library under original, renamed, banner-less and CDN-like paths. */
export function librariesSite(name = 'libraries'): LibrarySite {
  const files: Record<string, Buffer | string> = {}
  const scripts: string[] = []
  const expected: LibrarySite['expected'] = []
  PLANTED.forEach((lib, i) => {
    const body = libraryFile(lib)
    const base = lib.file.split('/').pop() ?? 'lib.js'
    // Alternate the forms so one page holds all of them.
    const forms: [string, Buffer | string, string][] = [
      [`/npm/${lib.pkg}@${lib.version}/${lib.file}`, body, 'cdn-path'],
      [`/ajax/libs/${lib.pkg}/${lib.version}/${base}`, body, 'ajax-libs'],
      [`/assets/vendor-${i}.js`, body, 'renamed'],
    ]
    for (const [path, content, via] of forms) {
      files[path] = content
      scripts.push(path)
      expected.push({ library: lib.library, version: lib.version, via })
    }
  })
  // Banner comment stripped: only code patterns can tell (Retire.js manages these five).
  PLANTED.filter((lib) => BANNERLESS_DETECTABLE.includes(lib.library)).forEach((lib, i) => {
    const path = `/static/bundle-${i}.js`
    files[path] = stripBanner(libraryFile(lib).toString('utf8'))
    scripts.push(path)
    expected.push({ library: lib.library, version: lib.version, via: 'no-banner' })
  })
  // CDN paths whose content has no version Retire.js can read (lodash.min.js has no version in
  // its banner; Vue 2 and Handlebars without banners): only the URL form tells.
  const cdnOnly: [LibraryFile, string, (b: Buffer) => Buffer | string][] = [
    [
      { ...PLANTED_BY.lodash!, file: 'lodash.min.js' },
      '/npm/lodash@4.17.4/lodash.min.js',
      (b) => b,
    ],
    [PLANTED_BY.vue!, '/vue@2.5.2/dist/vue.min.js', (b) => stripBanner(b.toString('utf8'))],
    [
      PLANTED_BY.handlebars!,
      '/handlebars@4.0.5/dist/handlebars.min.js',
      (b) => stripBanner(b.toString('utf8')),
    ],
  ]
  for (const [lib, path, transform] of cdnOnly) {
    files[path] = transform(libraryFile(lib))
    scripts.push(path)
    expected.push({ library: lib.library, version: lib.version, via: 'cdn-only' })
  }
  // WordPress-style ?ver= on a banner-less copy (the version only in the query).
  files['/wp-includes/js/jquery/jquery.min.js'] = 'window.jQueryStub = 1;\n'
  scripts.push('/wp-includes/js/jquery/jquery.min.js?ver=1.11.3')
  expected.push({ library: 'jquery', version: '1.11.3', via: 'query-ver' })
  // A library pasted into an inline <script> (banner kept).
  expected.push({ library: 'jquery', version: '2.2.4', via: 'inline' })
  for (const lib of CONTROLS) {
    const path = `/current/${lib.pkg}-${lib.version}.js`
    files[path] = libraryFile(lib)
    scripts.push(path)
  }
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>${name}</title>
<meta name="generator" content="WordPress 5.8.3">
${scripts.map((s) => `<script src="${s}"></script>`).join('\n')}
<script>/*! jQuery v2.2.4 | (c) jQuery Foundation | jquery.org/license */ window.pasted = 1</script>
</head><body><h1>${name}</h1></body></html>\n`
  return {
    spec: {
      name,
      headers: { server: 'nginx/1.18.0 (Ubuntu)', 'x-powered-by': 'PHP/7.4.33' },
      routes: { '/': { body: html, contentType: 'text/html; charset=utf-8' } },
      files,
    },
    expected,
    controls: CONTROLS.map((c) => ({ library: c.library, version: c.version })),
  }
}

/** Pages announcing server and CMS software: end-of-life, outdated and current (as of the data). */
export const SOFTWARE_SITES: (SiteSpec & { expect: Record<string, string[]> })[] = [
  {
    name: 'software-eol',
    headers: { server: 'Apache/2.2.34 (CentOS)', 'x-powered-by': 'PHP/5.6.40' },
    routes: {
      '/': {
        body: '<!doctype html><meta name="generator" content="Joomla! - Open Source Content Management"><title>j</title><script src="/media/system/js/core.js"></script>',
        contentType: 'text/html',
      },
    },
    expect: {
      'server-software-end-of-life': [
        'Apache httpd 2.2.34 is a CentOS build',
        'PHP 5.6.40 reached end of life on 2018-12-31',
      ],
    },
  },
  {
    name: 'software-outdated',
    headers: { server: 'nginx/1.30.1', 'x-generator': 'Drupal 11.4.2 (https://www.drupal.org)' },
    expect: {
      'server-software-outdated': ['nginx 1.30.1 is behind the latest 1.30 release, 1.30.4'],
      'cms-outdated': ['Drupal 11.4.2 is behind the latest 11.4 release, 11.4.5'],
    },
  },
  {
    name: 'software-current',
    headers: { server: 'nginx/1.31.4', 'x-powered-by': 'PHP/8.5.9' },
    routes: {
      '/': {
        body: '<!doctype html><meta name="generator" content="WordPress 7.1.0"><title>w</title>',
        contentType: 'text/html',
      },
    },
    expect: {},
  },
]
