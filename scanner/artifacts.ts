/**
 * The artifact contract between collectors (scanner/) and rules (rules/).
 * One key per collector; each value is plain JSON so a scan can be saved and replayed offline.
 */
import type { RedirectChainFacts, HttpExchange } from './artifacts/http.ts'
import type {
  TlsDetailsFacts,
  TlsHandshakeFacts,
  TlsProtocolsFacts,
  TlsSuitesFacts,
} from './artifacts/tls.ts'
import type { ScriptsFacts, SoftwareFacts } from './artifacts/software.ts'
import type { HtmlFacts } from './artifacts/html.ts'
import type { CorsPreflightFacts, WellKnownFacts } from './artifacts/web.ts'
import type { RenderedPageFacts } from './artifacts/rendered.ts'

export type * from './artifacts/index.ts'

/** What the user asked to scan, after parsing and normalisation. */
export interface Target {
  /** The input as given. */
  input: string
  /** Normalised URL (ASCII host, default scheme https). */
  url: string
  scheme: 'http' | 'https'
  /** ASCII (punycode) host; IPv6 without brackets. */
  host: string
  /** Unicode form when the host is an IDN. */
  hostUnicode?: string
  port: number
  /** Port was written explicitly in the input. */
  explicitPort: boolean
  path: string
  isIpLiteral: boolean
}

export interface Artifacts {
  /** The plain-HTTP chain from http://host/path, followed by hand. */
  RedirectChain: RedirectChainFacts
  /** The final response of the HTTPS (or, for http-only targets, the HTTP) chain. */
  MainResponse: HttpExchange
  /** Default handshake with a modern client: protocol, suite, chain, trust. */
  TlsHandshake: TlsHandshakeFacts
  /** Protocol versions accepted (SSLv2 … TLS 1.3), each tested on its own. */
  TlsProtocols: TlsProtocolsFacts
  /** Accepted suites per protocol, server order, groups, DH size, modern-client result. */
  TlsSuites: TlsSuitesFacts
  /** Renegotiation, compression, EMS, heartbeat, tickets, FALLBACK_SCSV. */
  TlsDetails: TlsDetailsFacts
  /** Page scripts and the JavaScript libraries (name, version, evidence) found in them. */
  Scripts: ScriptsFacts
  /** Server, runtime and CMS products the site announces (headers, generator meta, paths). */
  Software: SoftwareFacts
  /** Facts from the main page's HTML: meta CSP/referrer, scripts + integrity, forms, mixed content. */
  HtmlDocument: HtmlFacts
  /** /.well-known/security.txt and /robots.txt from the final origin. */
  WellKnown: WellKnownFacts
  /** OPTIONS preflight to the final page with a foreign Origin. */
  CorsPreflight: CorsPreflightFacts
  /** The page loaded in real Chromium through the guarded proxy (only with --render). */
  RenderedPage: RenderedPageFacts
}

export type ArtifactName = keyof Artifacts

export interface CollectorError {
  /** Stable code, e.g. E_TIMEOUT, E_BLOCKED_DESTINATION, E_TLS_HANDSHAKE, E_NOT_REACHABLE. */
  code: string
  message: string
}

export interface CollectedArtifacts {
  target: Target
  /** ISO 8601; rules use this as "now", never the clock. */
  collectedAt: string
  scannerVersion: string
  values: Partial<Artifacts>
  errors: Partial<Record<ArtifactName, CollectorError>>
  /** Collectors that did not apply to this target (e.g. no HTTPS origin), with a reason. */
  skipped?: Partial<Record<ArtifactName, string>>
  /** The areas the scan was limited to, as asked (`--only tls`); absent when it checked all. */
  only?: string
}
