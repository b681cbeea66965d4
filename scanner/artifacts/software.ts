/**
 * Facts about the software a site runs: JavaScript libraries found in its scripts (Scripts) and
 * server, language runtime and CMS versions it announces (Software). Collectors record what they
 * saw and how; rules judge the versions against the vulnerability and end-of-life data.
 */

/** How a library version was found, strongest first (libraries.md §7). */
export type LibraryMethod =
  | 'hash'
  | 'filecontent'
  | 'filecontentreplace'
  | 'uri'
  | 'filename'
  | 'cdn-url'
  | 'runtime'
  | 'query-ver'

export interface LibraryEvidence {
  method: LibraryMethod
  version: string
  /** Script URL the evidence came from (or the page URL for runtime checks). */
  url: string
  /** Matched text or URL part, capped. */
  detail?: string
}

export interface DetectedLibrary {
  /** Retire.js component name (our library id), e.g. "jquery", "DOMPurify". */
  library: string
  npm?: string
  /** Version from the strongest evidence. */
  version: string
  confidence: 'high' | 'medium' | 'low'
  /** Every piece of evidence, strongest first; conflicting versions stay visible here. */
  evidence: LibraryEvidence[]
  /** Other versions the weaker evidence suggested. */
  conflictingVersions: string[]
}

export interface ScriptFacts {
  url: string
  sameOrigin: boolean
  /** Body fetched and scanned. */
  fetched: boolean
  status?: number
  bytes?: number
  truncated?: boolean
  /** SHA-1 of the body after CRLF→LF, as Retire.js hashes. */
  sha1?: string
  /** The content scan hit its time limit (hostile or huge script). */
  timedOut?: boolean
  error?: string
}

export interface ScriptsFacts {
  pageUrl: string
  scripts: ScriptFacts[]
  libraries: DetectedLibrary[]
  /** More script tags than the cap; the rest were not looked at. */
  scriptsCapped: boolean
  /** Which data the detection patterns came from ("retire fd8df0d"), if any was loaded. */
  patternsFrom?: string
}

export type SoftwareKind = 'server' | 'runtime' | 'cms' | 'framework' | 'proxy'

export interface SoftwareEvidence {
  source: 'header' | 'meta' | 'link' | 'html' | 'script-url' | 'cookie'
  name: string
  value: string
}

export interface SoftwareProduct {
  /** endoflife.date product id where one exists ("nginx", "php", "wordpress"); else ours ("iis"). */
  product: string
  name: string
  kind: SoftwareKind
  version?: string
  /** Distribution build ("Debian", "Ubuntu"): fixes may be back-ported, "behind latest" is unsure. */
  distro?: string
  confidence: 'high' | 'medium' | 'low'
  evidence: SoftwareEvidence[]
}

export interface SoftwareFacts {
  products: SoftwareProduct[]
}
