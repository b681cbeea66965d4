/** The detection patterns of a VulnDb compiled once per process (they are reused for every scan). */
import type { VulnDb } from '../../../rules/lib/vulndb-types.ts'

export interface CompiledLibrary {
  id: string
  npm?: string
  uri: RegExp[]
  filename: RegExp[]
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

export function compileDb(db: VulnDb): CompiledDb {
  const cached = cache.get(db)
  if (cached) return cached
  const libraries = Object.values(db.libraries).map((lib) => ({
    id: lib.id,
    ...(lib.npm ? { npm: lib.npm } : {}),
    uri: compile(lib.detect.uri, 'g'),
    // Retire anchors filename patterns to the whole last path segment.
    filename: compile(
      lib.detect.filename.map((s) => `^${s}$`),
      'g'
    ),
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
