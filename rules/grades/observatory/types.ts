/**
 * The Observatory-compatible view of a scan: exactly what the MDN HTTP Observatory 1.4.8 looks at,
 * built from our artifacts (input.ts) so each test below is a pure function of it.
 */

export interface ObsResponse {
  url: string
  status: number
  /** Raw header pairs, names lower-cased, in arrival order. */
  headers: [string, string][]
}

export interface ObservatoryInput {
  /** The site as typed (host[:port]); used for eTLD+1 comparisons. */
  hostname: string
  /** URL the page session started from (its protocol decides "https" checks). */
  sessionUrl: string
  /** The plain-HTTP session: every hop, final included. null = no HTTP answer. */
  http: { route: { url: string; status: number }[]; verified: boolean } | null
  /** The final HTTPS response. null = HTTPS did not connect. */
  https: (ObsResponse & { verified: boolean }) | null
  /** The page the content checks read (HTTPS if it connected, else HTTP). */
  auto: ObsResponse
  /** Set-Cookie headers received in the page session, in order. */
  setCookies: string[]
  /** Page HTML facts, when the page is HTML and was parsed. */
  html: {
    metaCsp: string[]
    /** The last <meta name=referrer> content (later ones replace earlier ones). */
    metaReferrer?: string
    /** src attributes as written, one per <script src>. */
    scriptSrcs: { src: string; integrity?: string }[]
    scriptCount: number
  } | null
  /** The CORS preflight answer and the Origin we sent. null = no answer. */
  cors: { response: ObsResponse; originSent: string } | null
}

export interface ObsOptions {
  /**
   * 'exact' (HarbourScan): a script is same-origin only on the exact scheme+host+port.
   * 'etld1' (Observatory 1.4.8): same registrable domain counts as same origin (#558).
   */
  sriSameOrigin: 'exact' | 'etld1'
  /** true (HarbourScan): judge the CORS echo against the Origin we sent. false: Observatory's never-firing check. */
  corsCompareOrigin: boolean
}

export interface TestOutcome {
  result: string
  pass: boolean
  modifier: number
  /** What the test looked at, for explaining the result. */
  data?: unknown
}
