/**
 * Facts read from the main HTML page (HtmlDocument artifact). The parser never executes anything;
 * every list is capped and the caps that were hit are listed in `limits` so rules can say what
 * they could not check.
 */

/** One <script> element, in document order. */
export interface ScriptFact {
  /** The src attribute as written (trimmed); absent for inline scripts. */
  src?: string
  /** src resolved against the page URL (and <base href>); absent when not a valid URL. */
  url?: string
  integrity?: string
  crossorigin?: string
  /** The type attribute, lower-cased (e.g. "module", "text/javascript"). */
  type?: string
  async?: boolean
  defer?: boolean
  nomodule?: boolean
  /** Inline scripts only: length of the text in characters (never the text itself). */
  inlineLength?: number
}

/** <link rel=stylesheet|preload|modulepreload ...>: subresources that can carry integrity. */
export interface LinkFact {
  rel: string
  href: string
  url?: string
  integrity?: string
  as?: string
}

export interface FormFact {
  /** The action attribute as written; absent = the page itself. */
  action?: string
  url?: string
  method: string
  hasPasswordField: boolean
}

/** A reference that loads something (img/iframe/audio/video/source/embed/object/link). */
export interface ResourceRefFact {
  tag: string
  attribute: string
  url: string
  /** Scripts, iframes, objects, stylesheets: blockable (active) mixed content. */
  active: boolean
}

export interface MetaFact {
  /** <meta http-equiv> name lower-cased → contents in order (e.g. content-security-policy). */
  httpEquiv: Record<string, string[]>
  /** <meta name="referrer" content>: every value in order. */
  referrer: string[]
  /** <meta name="generator" content> values (CMS fingerprint). */
  generator: string[]
}

export type HtmlLimit =
  | 'depth' /* elements nested deeper than maxDepth were not recorded */
  | 'scripts' /* more scripts than the cap */
  | 'links'
  | 'forms'
  | 'resources'
  | 'body-truncated' /* the page body was cut at the size cap before parsing */
  | 'time' /* parsing stopped at its time budget */

export interface HtmlFacts {
  /** The page URL the relative references were resolved against. */
  url: string
  /** <base href> resolved, when present. */
  baseUrl?: string
  /** Character encoding used to decode the page. */
  charset?: string
  title?: string
  meta: MetaFact
  scripts: ScriptFact[]
  /** Total <script> elements seen, even past the list cap. */
  scriptCount: number
  links: LinkFact[]
  forms: FormFact[]
  /** http:// subresource references only (mixed content candidates); capped. */
  insecureResources: ResourceRefFact[]
  elementCount: number
  maxDepthSeen: number
  limits: HtmlLimit[]
}
