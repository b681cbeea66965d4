/**
 * CSP policy list → one merged directive map, with the Observatory 1.4.8 semantics: a repeated
 * directive (other than report-uri/report-to) invalidates the list; several policies are
 * intersected; a source subsumed by a shorter one of the same policy is dropped. Throws on invalid.
 */
import { compareLikeCollator } from './collate.ts'

const MIN_POLICY_CHARS = 6
const DUPLICATES_ALLOWED = new Set(['report-uri', 'report-to'])
const NOT_IN_META = ['frame-ancestors', 'report-uri', 'sandbox']

export type CspMap = Map<string, Set<string>>
export const DUPLICATE_KEY = '#duplicates'

interface Source {
  source: string
  index: number
  keep: boolean
}

export function mergePolicies(list: readonly string[]): CspMap {
  const policies = list.map((p) => p.replace(/[\r\n]/g, '').trim())
  if (policies.length === 0) return new Map()
  for (const p of policies) {
    if (p.length < MIN_POLICY_CHARS) throw new Error('invalid policy')
  }
  const merged = new Map<string, Source[]>()
  const duplicates = new Set<string>()
  policies.forEach((policy, index) => {
    const seen = new Set<string>()
    for (const entry of policy.split(';')) {
      const [rawName, ...tokens] = entry.trim().split(/\s+/)
      if (!rawName) continue
      const name = rawName.toLowerCase()
      if (seen.has(name)) {
        if (!DUPLICATES_ALLOWED.has(name)) throw new Error(`duplicate ${name}`)
        duplicates.add(name)
      } else seen.add(name)
      const keep = index === 0
      const values: Source[] = tokens.map((t) => ({
        source: t.trim().toLocaleLowerCase(),
        index,
        keep,
      }))
      if (values.length === 0 && name.endsWith('-src'))
        values.push({ source: "'none'", index, keep })
      const combined = index === 0 ? values : [...(merged.get(name) ?? []), ...values]
      combined.sort((a, b) => compareLikeCollator(a.source, b.source))
      for (let i = 1; i < combined.length; i++) {
        const cur = combined[i] as Source
        const prev = combined[i - 1] as Source
        if (cur.index === prev.index && cur.source.startsWith(prev.source)) cur.keep = false
        if (cur.index !== prev.index && pathPartMatch(prev.source, cur.source)) cur.keep = true
      }
      const kept = combined.filter((s) => s.keep)
      merged.set(name, kept)
      // With several policies, policy 0's sources survive only where a later one matches them.
      if (index === 0 && policies.length > 1) for (const s of kept) s.keep = false
    }
  })
  const result: CspMap = new Map(
    [...merged].map(([name, sources]) => [
      name,
      sources.length ? new Set(sources.map((s) => s.source)) : new Set(["'none'"]),
    ])
  )
  if (duplicates.size) result.set(DUPLICATE_KEY, duplicates)
  return result
}

/** Meta policies cannot carry frame-ancestors, report-uri or sandbox. */
export function mergeMetaPolicies(list: readonly string[]): CspMap {
  const map = mergePolicies(list)
  for (const name of NOT_IN_META) map.delete(name)
  return map
}

function pathPartMatch(a: string, b: string): boolean {
  if (a.length === 0) return true
  if (a === '/' && b.length === 0) return true
  const exact = !a.endsWith('/')
  const partsA = a.split('/')
  const partsB = b.split('/')
  if (partsA.length > partsB.length) return false
  if (exact && partsA.length !== partsB.length) return false
  if (!exact) partsA.pop()
  // decodeURIComponent throws on a malformed escape: that makes the policy invalid, as upstream.
  return partsA.every(
    (piece, i) => decodeURIComponent(piece) === decodeURIComponent(partsB[i] ?? '')
  )
}
