import type { HttpExchange } from './http.ts'

/** A small text file fetched from the final origin (security.txt, robots.txt). */
export interface FetchedTextFacts {
  url: string
  status: number
  contentType?: string
  /** Body text, capped (64 KB); absent for redirects and errors. */
  body?: string
  bodyTruncated?: boolean
  /** Location of a redirect answer, as sent. */
  location?: string
  /** The request failed (network error code); nothing else is set then. */
  error?: string
}

/** /.well-known/security.txt (RFC 9116), its legacy /security.txt fallback, and /robots.txt. */
export interface WellKnownFacts {
  securityTxt: FetchedTextFacts
  /** Only fetched when /.well-known/security.txt was not a 200. */
  legacySecurityTxt?: FetchedTextFacts
  robotsTxt: FetchedTextFacts
}

/** A CORS preflight (OPTIONS) to the final page with a foreign Origin. */
export interface CorsPreflightFacts {
  /** The Origin we sent (a host we do not control anything on). */
  origin: string
  exchange: HttpExchange
}
