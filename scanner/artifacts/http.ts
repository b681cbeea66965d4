/** One HTTP request/response pair exactly as seen on the wire (headers lower-cased, in order). */
export interface HttpExchange {
  url: string
  method: string
  /** Address actually connected to (after the guard checked it). */
  remoteAddress?: string
  status: number
  /** Raw header pairs in arrival order; names lower-cased. Repeated headers stay repeated. */
  headers: [name: string, value: string][]
  /** Body as text (decoded by charset), capped; absent for redirects and HEAD. */
  body?: string
  bodyBytes?: number
  bodyTruncated?: boolean
  contentType?: string
  /** Milliseconds from request start to end of body. */
  durationMs: number
}

export interface RedirectChainFacts {
  startUrl: string
  /** Every hop including the final response; hops[0].url === startUrl. */
  hops: HttpExchange[]
  finalUrl: string
  /** Why following stopped, when it did not end on a non-redirect response. */
  stoppedBecause?: 'max-hops' | 'loop' | 'refused-destination' | 'invalid-location' | 'error'
  stopDetail?: string
}
