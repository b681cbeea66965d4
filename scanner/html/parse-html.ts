import { Parser } from 'htmlparser2'
import type { HtmlFacts, HtmlLimit } from '../artifacts/html.ts'
import { HTML_LIMITS, type HtmlLimits } from './limits.ts'
import { handleElement, type ParseState } from './elements.ts'

/**
 * Streams the page through htmlparser2 (no tree is built, so deep nesting costs nothing) and keeps
 * only facts. Every list is capped; the caps hit are listed in `limits`. Never executes anything.
 */
export function parseHtmlFacts(
  html: string,
  pageUrl: string,
  opts: { charset?: string; bodyTruncated?: boolean; limits?: Partial<HtmlLimits> } = {}
): HtmlFacts {
  const L: HtmlLimits = { ...HTML_LIMITS, ...opts.limits }
  const limits = new Set<HtmlLimit>()
  if (opts.bodyTruncated) limits.add('body-truncated')
  const facts: HtmlFacts = {
    url: pageUrl,
    meta: { httpEquiv: {}, referrer: [], generator: [] },
    scripts: [],
    scriptCount: 0,
    links: [],
    forms: [],
    insecureResources: [],
    elementCount: 0,
    maxDepthSeen: 0,
    limits: [],
  }
  if (opts.charset) facts.charset = opts.charset
  const state: ParseState = { facts, limits, L, base: pageUrl, depth: 0, openScript: undefined }
  let inTitle = false
  let title = ''
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        state.depth++
        facts.elementCount++
        if (state.depth > facts.maxDepthSeen) facts.maxDepthSeen = state.depth
        if (state.depth > L.maxDepth) {
          limits.add('depth')
          return
        }
        if (name === 'title' && facts.title === undefined) inTitle = true
        handleElement(state, name, attribs)
      },
      ontext(text) {
        if (state.openScript)
          state.openScript.inlineLength = (state.openScript.inlineLength ?? 0) + text.length
        if (inTitle && title.length < 300) title += text
      },
      onclosetag(name) {
        state.depth = Math.max(0, state.depth - 1)
        if (name === 'script') state.openScript = undefined
        if (name === 'title' && inTitle) {
          inTitle = false
          facts.title = title.trim().slice(0, 300)
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true }
  )
  const started = performance.now()
  for (let i = 0; i < html.length; i += L.chunkChars) {
    parser.write(html.slice(i, i + L.chunkChars))
    if (performance.now() - started > L.maxParseMs) {
      limits.add('time')
      break
    }
  }
  parser.end()
  facts.limits = [...limits]
  return facts
}
