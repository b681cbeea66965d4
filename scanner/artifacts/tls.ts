/** Facts about one X.509 certificate as served. Collectors fill these; rules judge them. */
export interface CertificateFacts {
  pem: string
  subject: string
  issuer: string
  commonName?: string
  serialNumber: string
  fingerprint256: string
  /** ISO 8601 */
  validFrom: string
  validTo: string
  subjectAltNames: { dns: string[]; ip: string[] }
  publicKey: { type: string; bits: number; curve?: string }
  /** e.g. sha256WithRSAEncryption, ecdsa-with-SHA256 */
  signatureAlgorithm: string
  isCa: boolean
  selfIssued: boolean
  /** Signature verifies with its own key. */
  selfSigned: boolean
  /** Fingerprint is in the trust store in use (Node roots + --ca). */
  inTrustStore: boolean
  ocspUris: string[]
  caIssuersUris: string[]
}

/** Trust, computed on its own (Node's authorizationError shows only the first problem). */
export interface TrustFacts {
  /** A path from the leaf to a trusted root exists using only the served certificates. */
  chainVerified: boolean
  /** A path exists only after adding trust-store intermediates/roots the server did not send. */
  missingIntermediate: boolean
  /** OpenSSL's verdict for the handshake (first error only), kept as evidence. */
  opensslError?: string
  /** The last served certificate is not self-signed and its issuer was not sent. */
  issuerMissing?: boolean
  /** CA Issuers fetch made to complete the chain (as browsers and SSL Labs do). */
  aia?: { url: string; fetched: boolean; error?: string }
}

/** One ordinary TLS handshake with a modern client profile. */
export interface TlsHandshakeFacts {
  host: string
  port: number
  servername?: string
  remoteAddress?: string
  protocol: string
  cipher: { name: string; standardName: string }
  alpn?: string
  ephemeralKey?: { type: string; name?: string; size: number }
  /** Certificates in the order the server sent them (trust-store root appended by Node removed). */
  chain: CertificateFacts[]
  trust: TrustFacts
  ocspStapled: boolean
}

export type TlsProtocolName = 'SSLv2' | 'SSLv3' | 'TLSv1' | 'TLSv1.1' | 'TLSv1.2' | 'TLSv1.3'

/** One protocol version: supported (true/false) or null when it could not be tested. */
export interface ProtocolSupport {
  supported: boolean | null
  /** How support was seen: a full node:tls handshake, or a ServerHello to a raw hello. */
  via?: 'handshake' | 'server-hello'
  /** Why it counts as unsupported (alert, refusal) or could not be tested. */
  detail?: string
}

/** Which protocol versions the server accepts (tls.md §3 probes 1–6). */
export interface TlsProtocolsFacts {
  host: string
  port: number
  protocols: Record<TlsProtocolName, ProtocolSupport>
}

export interface SuiteRef {
  /** IANA id as 0x hex, e.g. 0xc02f */
  id: string
  name: string
}

/** Accepted suites for one protocol version, from raw-hello elimination. */
export interface ProtocolSuites {
  accepted: SuiteRef[]
  /** The suite the server picks when offered all of them (server order), if it enforces one. */
  preferred?: SuiteRef
  /** true: server chooses by its own order; false: follows the client; null: one suite or unknown. */
  serverOrder: boolean | null
  /** false when probing stopped early (errors, deadline): the list may be missing suites. */
  complete: boolean
  error?: string
}

export interface TlsSuitesFacts {
  host: string
  port: number
  byProtocol: Partial<Record<TlsProtocolName, ProtocolSuites>>
  /**
   * Named groups accepted for (EC)DHE, per protocol: 'TLSv1.3' key shares, and the ECDHE curves at
   * the best version below it ('TLSv1.2', or 'TLSv1.1'/'TLSv1' on a server without 1.2).
   */
  groups: Partial<Record<'TLSv1' | 'TLSv1.1' | 'TLSv1.2' | 'TLSv1.3', string[]>>
  /** Smallest finite-field DH group seen with DHE suites (bits), when DHE is accepted. */
  dhBits?: number
  /** What a modern client (Node defaults: TLS 1.2–1.3, default suites) negotiates. */
  modernClient?: {
    protocol: string
    suite: SuiteRef
    ephemeralKey?: { type: string; name?: string; size: number }
  }
  modernClientError?: string
  /** Probes that failed (could not test), as "what: why". */
  untested: string[]
}

/** Handshake features read from raw ServerHellos (tls.md §3 probes 13–14). */
export interface TlsDetailsFacts {
  host: string
  port: number
  /** Protocol the probe used (the best TLS ≤ 1.2 the server accepts); absent for TLS 1.3-only. */
  probedWith?: TlsProtocolName
  /** RFC 5746 renegotiation_info answered; null when not applicable (TLS 1.3 only) or untested. */
  secureRenegotiation: boolean | null
  /** The server chose DEFLATE when offered (CRIME). */
  compression: boolean | null
  extendedMasterSecret: boolean | null
  /** Heartbeat extension echoed (Heartbleed precondition only). */
  heartbeat: boolean | null
  sessionTicket: boolean | null
  /** inappropriate_fallback seen for a downgraded hello; null when only one version is offered. */
  fallbackScsv: boolean | null
  untested: string[]
}
