/**
 * What the Scripts and Software collectors need from the page HTML: script URLs, generator metas
 * and link relations. Parsed with htmlparser2 with caps (the HTML is hostile).
 */
import { Parser } from 'htmlparser2'

export const MAX_SCRIPT_TAGS = 200
const MAX_HTML_CHARS = 2 * 1024 * 1024
const MAX_INLINE_SCRIPTS = 50
const MAX_INLINE_CHARS = 512 * 1024

export interface PageFacts {
  scriptSrcs: string[]
  scriptsCapped: boolean
  generators: string[]
  links: { rel: string; href: string }[]
  /** Asset paths seen in src/href attributes (first 500), for CMS path signals. */
  assetPaths: string[]
  /** Bodies of inline <script> elements (capped), where libraries are sometimes pasted whole. */
  inlineScripts: string[]
}

/** The last page parsed: the Scripts and Software collectors both read the same final page. */
let last: { html: string; facts: Readonly<PageFacts> } | undefined

/** Facts of one page; the result is shared between callers, so treat it as read-only. */
export function parsePage(html: string): Readonly<PageFacts> {
  if (last?.html === html) return last.facts
  const facts = parseFresh(html)
  last = { html, facts }
  return facts
}

function parseFresh(html: string): PageFacts {
  const facts: PageFacts = {
    scriptSrcs: [],
    scriptsCapped: false,
    generators: [],
    links: [],
    assetPaths: [],
    inlineScripts: [],
  }
  let inline: string | undefined
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const asset = attrs.src ?? attrs.href
        if (asset && facts.assetPaths.length < 500) facts.assetPaths.push(asset.slice(0, 2048))
        if (name === 'script' && !attrs.src && facts.inlineScripts.length < MAX_INLINE_SCRIPTS)
          inline = ''
        if (name === 'script' && attrs.src) {
          if (facts.scriptSrcs.length < MAX_SCRIPT_TAGS)
            facts.scriptSrcs.push(attrs.src.trim().slice(0, 2048))
          else facts.scriptsCapped = true
        } else if (name === 'meta' && attrs.name?.toLowerCase() === 'generator' && attrs.content) {
          if (facts.generators.length < 10) facts.generators.push(attrs.content.slice(0, 200))
        } else if (name === 'link' && attrs.rel && attrs.href && facts.links.length < 100) {
          facts.links.push({ rel: attrs.rel.slice(0, 200), href: attrs.href.slice(0, 2048) })
        }
      },
      ontext(text) {
        if (inline !== undefined && inline.length < MAX_INLINE_CHARS) inline += text
      },
      onclosetag(name) {
        if (name !== 'script' || inline === undefined) return
        if (inline.trim()) facts.inlineScripts.push(inline.slice(0, MAX_INLINE_CHARS))
        inline = undefined
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true }
  )
  parser.write(html.slice(0, MAX_HTML_CHARS))
  parser.end()
  return facts
}
