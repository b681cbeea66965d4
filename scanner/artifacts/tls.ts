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
