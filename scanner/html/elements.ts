import type { HtmlFacts, HtmlLimit, ScriptFact } from '../artifacts/html.ts'
import type { HtmlLimits } from './limits.ts'
import { cap, resolveUrl } from './resolve.ts'

export interface ParseState {
  facts: HtmlFacts
  limits: Set<HtmlLimit>
  L: HtmlLimits
  base: string
  depth: number
  /** The inline script being read, to measure its length. */
  openScript: ScriptFact | undefined
}

type Attribs = Record<string, string>

/** Attributes that load a subresource, by tag; `active` = blockable mixed content. */
const RESOURCE_ATTRS: Record<string, { attr: string; active: boolean }[]> = {
  img: [{ attr: 'src', active: false }],
  audio: [{ attr: 'src', active: false }],
  video: [
    { attr: 'src', active: false },
    { attr: 'poster', active: false },
  ],
  source: [{ attr: 'src', active: false }],
  track: [{ attr: 'src', active: true }],
  iframe: [{ attr: 'src', active: true }],
  frame: [{ attr: 'src', active: true }],
  embed: [{ attr: 'src', active: true }],
  object: [{ attr: 'data', active: true }],
  script: [{ attr: 'src', active: true }],
}

const LINK_RELS = new Set(['stylesheet', 'preload', 'modulepreload', 'icon', 'manifest'])

export function handleElement(state: ParseState, name: string, a: Attribs): void {
  const { facts, limits, L } = state
  const attr = (key: string) => cap(a[key], L.maxAttributeChars)
  switch (name) {
    case 'base':
      if (facts.baseUrl === undefined && a.href !== undefined) {
        const url = resolveUrl(a.href.trim(), facts.url)
        if (url) facts.baseUrl = state.base = url
      }
      break
    case 'meta':
      return meta(state, a)
    case 'script': {
      facts.scriptCount++
      const script: ScriptFact = {}
      const src = attr('src')
      if (src !== undefined && src !== '') {
        script.src = src
        const url = resolveUrl(src, state.base)
        if (url) script.url = url
      }
      for (const key of ['integrity', 'crossorigin'] as const) {
        const v = attr(key)
        if (v !== undefined) script[key] = v
      }
      const type = attr('type')
      if (type !== undefined) script.type = type.toLowerCase()
      if ('async' in a) script.async = true
      if ('defer' in a) script.defer = true
      if ('nomodule' in a) script.nomodule = true
      if (facts.scripts.length < L.maxScripts) {
        facts.scripts.push(script)
        if (script.src === undefined) state.openScript = script
      } else limits.add('scripts')
      break
    }
    case 'link': {
      const rel = (a.rel ?? '').toLowerCase().trim()
      const href = attr('href')
      if (href && rel.split(/\s+/).some((r) => LINK_RELS.has(r))) {
        if (facts.links.length >= L.maxLinks) limits.add('links')
        else {
          const url = resolveUrl(href, state.base)
          const integrity = attr('integrity')
          const as = attr('as')
          facts.links.push({
            rel,
            href,
            ...(url ? { url } : {}),
            ...(integrity !== undefined ? { integrity } : {}),
            ...(as !== undefined ? { as } : {}),
          })
          if (rel.includes('stylesheet') && url?.startsWith('http:'))
            insecure(state, name, 'href', url, true)
        }
      }
      break
    }
    case 'form': {
      if (facts.forms.length >= L.maxForms) {
        limits.add('forms')
        break
      }
      const action = attr('action')
      const url = resolveUrl(action || '', state.base) ?? (action ? undefined : state.base)
      facts.forms.push({
        ...(action !== undefined ? { action } : {}),
        ...(url ? { url } : {}),
        method: (a.method ?? 'get').toLowerCase().slice(0, 20),
        hasPasswordField: false,
      })
      break
    }
    case 'input': {
      const form = facts.forms.at(-1)
      if (form && (a.type ?? '').toLowerCase() === 'password') form.hasPasswordField = true
      break
    }
  }
  for (const { attr: key, active } of RESOURCE_ATTRS[name] ?? []) {
    const value = a[key]?.trim()
    if (value && /^http:/i.test(value)) {
      const url = resolveUrl(value, state.base)
      if (url) insecure(state, name, key, url, active)
    }
  }
}

function insecure(state: ParseState, tag: string, attribute: string, url: string, active: boolean) {
  if (state.facts.insecureResources.length >= state.L.maxResources) {
    state.limits.add('resources')
    return
  }
  state.facts.insecureResources.push({ tag, attribute, url, active })
}

function meta(state: ParseState, a: Attribs): void {
  const { facts, L } = state
  const content = cap(a.content, L.maxAttributeChars * 4)
  if (content === undefined) return
  const equiv = a['http-equiv']?.toLowerCase().trim()
  if (equiv) {
    const known = Object.hasOwn(facts.meta.httpEquiv, equiv)
    if (!known && Object.keys(facts.meta.httpEquiv).length >= L.maxMetaValues) return
    const list = (facts.meta.httpEquiv[equiv] ??= [])
    if (list.length < L.maxMetaValues) list.push(content)
    return
  }
  const name = a.name?.toLowerCase().trim()
  if (name === 'referrer' && facts.meta.referrer.length < L.maxMetaValues)
    facts.meta.referrer.push(content)
  if (name === 'generator' && facts.meta.generator.length < L.maxMetaValues)
    facts.meta.generator.push(content.slice(0, 200))
}
