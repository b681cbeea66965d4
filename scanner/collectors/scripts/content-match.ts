/**
 * Retire.js content matching (filecontent, then filecontentreplace) on one script's text. Runs in
 * the content worker (content-worker.ts), never on the main thread: the patterns are third-party
 * and the text is hostile, so a regex may backtrack for ever.
 */
import { requiredLiterals } from './needle.ts'
import { createNeedleSet } from './needle-set.ts'

export interface WorkerLibrary {
  id: string
  content: string[]
  contentReplace: [string, string][]
}
export interface ContentHit {
  library: string
  version: string
  method: 'filecontent' | 'filecontentreplace'
  detail: string
}

const MAX_MATCHES = 5
/** With this many patterns or fewer (the URL named the library), plain searches are cheaper. */
const FEW_PATTERNS = 8

interface Pattern {
  re: RegExp
  /** Literals every match contains: the regex runs only when the text has all of them. */
  needles: string[]
}
interface ReplacePattern extends Pattern {
  single: RegExp
  replacement: string
}
interface CompiledLibrary {
  id: string
  content: Pattern[]
  replace: ReplacePattern[]
}
export interface ContentMatcher {
  scan(text: string, only?: readonly string[]): ContentHit[]
}

const compile = (s: string, flags: string) => {
  try {
    return new RegExp(s, flags)
  } catch {
    return undefined
  }
}
const pattern = (source: string, re: RegExp | undefined): Pattern[] =>
  re ? [{ re, needles: requiredLiterals(source) }] : []
const clean = (v: string) => v.replace(/[.-]min$/, '')

export function createContentMatcher(input: readonly WorkerLibrary[]): ContentMatcher {
  const libraries: CompiledLibrary[] = input.map((lib) => ({
    id: lib.id,
    content: lib.content.flatMap((s) => pattern(s, compile(s, 'g'))),
    replace: lib.contentReplace.flatMap(([s, replacement]) => {
      const single = compile(s, '')
      return single ? pattern(s, compile(s, 'g')).map((p) => ({ ...p, single, replacement })) : []
    }),
  }))
  const all = libraries.flatMap((lib) => [...lib.content, ...lib.replace])
  const needles = createNeedleSet(all.flatMap((p) => p.needles))

  return {
    scan(text, only) {
      const selected = only ? libraries.filter((lib) => only.includes(lib.id)) : libraries
      const count = selected.reduce((n, lib) => n + lib.content.length + lib.replace.length, 0)
      // One pass finds every needle present; a few patterns just search their own.
      const present = count <= FEW_PATTERNS ? undefined : needles.find(text)
      const mayMatch = (p: Pattern) =>
        p.needles.every((needle) => (present ? present.has(needle) : text.includes(needle)))
      const hits: ContentHit[] = []
      for (const lib of selected) {
        for (const p of lib.content) {
          if (!mayMatch(p)) continue
          for (const m of matches(p.re, text)) {
            if (m[1])
              hits.push({
                library: lib.id,
                version: clean(m[1]),
                method: 'filecontent',
                detail: m[0].slice(0, 120),
              })
          }
        }
      }
      // As Retire.js does: replace rules only when no plain content pattern matched.
      if (hits.length > 0) return hits
      for (const lib of selected) {
        for (const p of lib.replace) {
          if (!mayMatch(p)) continue
          for (const m of matches(p.re, text)) {
            hits.push({
              library: lib.id,
              version: clean(m[0].replace(p.single, p.replacement)),
              method: 'filecontentreplace',
              detail: m[0].slice(0, 120),
            })
          }
        }
      }
      return hits
    },
  }
}

/** The first MAX_MATCHES matches of a global regex (an empty match moves on by one). */
function matches(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = []
  re.lastIndex = 0
  while (out.length < MAX_MATCHES) {
    const m = re.exec(text)
    if (!m) break
    out.push(m)
    if (m[0].length === 0) re.lastIndex++
  }
  return out
}
