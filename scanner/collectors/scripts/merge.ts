/**
 * Merges library evidence: per script, the strongest method decides the version (hash > content
 * banner > URL > runtime > ?ver=) and weaker disagreeing versions are kept as conflicts; across
 * scripts, the same library and version become one entry with all their evidence.
 */
import type { DetectedLibrary, LibraryEvidence, LibraryMethod } from '../../artifacts.ts'

export interface Hit extends LibraryEvidence {
  library: string
}

const RANK: Record<LibraryMethod, number> = {
  hash: 0,
  filecontent: 1,
  filecontentreplace: 2,
  uri: 3,
  filename: 3,
  'cdn-url': 3,
  runtime: 4,
  'query-ver': 5,
}
const confidenceOf = (m: LibraryMethod): DetectedLibrary['confidence'] =>
  RANK[m] <= 2 ? 'high' : RANK[m] <= 3 ? 'medium' : 'low'

/** `hitsPerScript`: evidence grouped by the script it came from. */
export function mergeHits(
  hitsPerScript: readonly Hit[][],
  npmOf: (library: string) => string | undefined
): DetectedLibrary[] {
  const merged = new Map<string, DetectedLibrary>()
  for (const hits of hitsPerScript) {
    const byLibrary = new Map<string, Hit[]>()
    for (const hit of hits) byLibrary.set(hit.library, [...(byLibrary.get(hit.library) ?? []), hit])
    for (const [library, list] of byLibrary) {
      const sorted = [...list].sort((a, b) => RANK[a.method] - RANK[b.method])
      const best = sorted[0]!
      const key = `${library}@${best.version}`
      const entry = merged.get(key) ?? {
        library,
        ...(npmOf(library) ? { npm: npmOf(library)! } : {}),
        version: best.version,
        confidence: confidenceOf(best.method),
        evidence: [],
        conflictingVersions: [],
      }
      for (const hit of sorted) {
        const { library: _drop, ...evidence } = hit
        const duplicate = entry.evidence.some(
          (e) =>
            e.method === evidence.method && e.url === evidence.url && e.version === evidence.version
        )
        if (!duplicate && entry.evidence.length < 20) entry.evidence.push(evidence)
        if (hit.version !== entry.version && !entry.conflictingVersions.includes(hit.version))
          entry.conflictingVersions.push(hit.version)
      }
      entry.evidence.sort((a, b) => RANK[a.method] - RANK[b.method])
      const strongest = entry.evidence[0]
      if (strongest) entry.confidence = confidenceOf(strongest.method)
      merged.set(key, entry)
    }
  }
  return [...merged.values()].sort(
    (a, b) => byText(a.library, b.library) || byText(a.version, b.version)
  )
}

/**
 * Case-insensitive code-unit order (then case-sensitive, so it is total). Not localeCompare: the
 * first use of the ICU collator costs ~7 ms of a short scan, and ids and versions are ASCII.
 */
function byText(a: string, b: string): number {
  const x = a.toLowerCase()
  const y = b.toLowerCase()
  if (x !== y) return x < y ? -1 : 1
  return a === b ? 0 : a < b ? -1 : 1
}
