/**
 * Library versions from a script URL alone: Retire.js `uri` and `filename` patterns, plus the CDN
 * forms Retire misses (jsDelivr npm/pkg@ver, unpkg pkg@ver, cdnjs/Google /ajax/libs/name/ver/) and
 * the `?ver=` hint WordPress appends. URL paths are matched whatever the host, so mirrors count.
 */
import type { LibraryEvidence } from '../../artifacts.ts'
import { isPlausibleVersion, stripMinSuffix } from '../../../rules/lib/versions.ts'
import { libraryForName, libraryForStem } from './aliases.ts'
import type { CompiledDb, UrlPattern } from './compiled.ts'

export interface UrlHit extends LibraryEvidence {
  library: string
}

const MAX_URL = 2048
const MAX_MATCHES = 5

function matchAll({ re, needle }: UrlPattern, text: string): string[] {
  const out: string[] = []
  if (needle !== undefined && !text.includes(needle)) return out
  re.lastIndex = 0
  for (let m = re.exec(text); m && out.length < MAX_MATCHES; m = re.exec(text)) {
    if (m[1]) out.push(stripMinSuffix(m[1]))
    if (m[0].length === 0) re.lastIndex++
  }
  return out
}

const CDN_FORMS: RegExp[] = [
  /\/npm\/((?:@[\w.-]+\/)?[\w.-]+)@(\d[\w.-]*)(?:\/|$)/, // jsDelivr
  /^\/((?:@[\w.-]+\/)?[\w.-]+)@(\d[\w.-]*)(?:\/|$)/, // unpkg, esm.sh
  /\/ajax\/libs\/([\w.-]+)\/(\d[\w.-]*)\//, // cdnjs, Google Hosted Libraries
]

export function detectFromUrl(url: string, db: CompiledDb): UrlHit[] {
  const capped = url.slice(0, MAX_URL)
  if (db.skipUris.some((re) => re.test(capped))) return []
  let parsed: URL
  try {
    parsed = new URL(capped)
  } catch {
    return []
  }
  const hits: UrlHit[] = []
  const add = (library: string, version: string, method: UrlHit['method'], detail: string) => {
    if (isPlausibleVersion(version))
      hits.push({ library, version, method, url, detail: detail.slice(0, 200) })
  }
  const file = parsed.pathname.split('/').pop() ?? ''
  for (const lib of db.libraries) {
    for (const p of lib.uri) for (const v of matchAll(p, capped)) add(lib.id, v, 'uri', capped)
    for (const p of lib.filename)
      for (const v of matchAll(p, file)) add(lib.id, v, 'filename', file)
  }
  for (const form of CDN_FORMS) {
    const m = form.exec(parsed.pathname)
    const library = m?.[1] ? libraryForName(m[1], db.npmIndex) : undefined
    if (m?.[2] && library) add(library, m[2], 'cdn-url', m[0])
  }
  const ver = parsed.searchParams.get('ver') ?? parsed.searchParams.get('v')
  const stemLibrary = libraryForStem(file, db.npmIndex)
  if (ver && stemLibrary) add(stemLibrary, ver, 'query-ver', `${file}?ver=${ver}`)
  return hits
}
