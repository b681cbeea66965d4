/** The detection patterns of a VulnDb compiled once per process (they are reused for every scan). */
import type { VulnDb } from '../../../rules/lib/vulndb-types.ts'
import { requiredLiteral } from './needle.ts'

/** A URL pattern and a literal every match contains (see needle.ts), when one is known. */
export interface UrlPattern {
  re: RegExp
  needle?: string
}

export interface CompiledLibrary {
  id: string
  npm?: string
  uri: UrlPattern[]
  filename: UrlPattern[]
}

export interface CompiledDb {
  source: VulnDb
  libraries: CompiledLibrary[]
  skipUris: RegExp[]
  /** lower-cased npm name → library id */
  npmIndex: Map<string, string>
  label: string
}

const cache = new WeakMap<VulnDb, CompiledDb>()

function compile(sources: readonly string[], flags: string): RegExp[] {
  return sources.flatMap((s) => {
    try {
      return [new RegExp(s, flags)]
    } catch {
      return []
    }
  })
}

/**
 * Most URL patterns name their library (`/jquery(\.min)?\.js`): a plain `includes` of that name
 * rules them out for most scripts, so their regexes are neither run nor compiled to code (V8
 * compiles a regex on its first use), which was most of the URL detection's cost.
 */
function compileUrl(sources: readonly string[], wrap: (s: string) => string): UrlPattern[] {
  return sources.flatMap((s) =>
    compile([wrap(s)], 'g').map((re) => {
      const needle = requiredLiteral(s)
      return needle === undefined ? { re } : { re, needle }
    })
  )
}

export function compileDb(db: VulnDb): CompiledDb {
  const cached = cache.get(db)
  if (cached) return cached
  const libraries = Object.values(db.libraries).map((lib) => ({
    id: lib.id,
    ...(lib.npm ? { npm: lib.npm } : {}),
    uri: compileUrl(lib.detect.uri, (s) => s),
    // Retire anchors filename patterns to the whole last path segment.
    filename: compileUrl(lib.detect.filename, (s) => `^${s}$`),
  }))
  const npmIndex = new Map<string, string>()
  for (const lib of libraries) if (lib.npm) npmIndex.set(lib.npm.toLowerCase(), lib.id)
  const compiled: CompiledDb = {
    source: db,
    libraries,
    skipUris: compile(db.skipUris, ''),
    npmIndex,
    label: `${db.meta.source} ${db.meta.version}`,
  }
  cache.set(db, compiled)
  return compiled
}
