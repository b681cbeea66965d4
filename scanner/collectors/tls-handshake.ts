import { X509Certificate } from 'node:crypto'
import type { PeerCertificate, TLSSocket } from 'node:tls'
import type { TlsHandshakeFacts } from '../artifacts.ts'
import { certificateFacts } from '../tls/certificate-facts.ts'
import { evaluateTrust } from '../tls/trust.ts'
import type { TrustStore } from '../tls/trust-store.ts'
import { NO_HTTPS, tlsSessionFor } from './tls-session-for.ts'
import { Skip, type Collector, type CollectorContext } from './types.ts'
import { fetchIssuer } from '../tls/aia-fetch.ts'
import { describeError } from '../tls/probe-errors.ts'

const MAX_CHAIN = 10

/**
 * One ordinary handshake as a current browser would make it (best protocol first). Legacy
 * protocols and weak suites are allowed on the client (SECLEVEL=0) so that an old server still
 * shows its certificate; judging them is the rules' job.
 */
export const tlsHandshakeCollector: Collector<'TlsHandshake'> = {
  name: 'TlsHandshake',
  timeoutMs: 15_000,
  async collect(ctx) {
    // The scan's shared TLS session: pinned address and the per-host connection cap.
    const session = await tlsSessionFor(ctx)
    if (!session) return new Skip(NO_HTTPS)
    const store = ctx.trustStore()
    let stapled = false
    const { facts, served } = await session.handshake(
      {
        minVersion: 'TLSv1',
        ciphers: 'DEFAULT:@SECLEVEL=0',
        requestOCSP: true,
        ALPNProtocols: ['h2', 'http/1.1'],
      },
      (socket) => readHandshake(socket, session.host, session.port, store, stapled),
      // An empty buffer means "asked, nothing stapled" (tls.md pitfall 15).
      (s) =>
        s.once('OCSPResponse', (response: Buffer | null) => {
          stapled = (response?.length ?? 0) > 0
        })
    )
    await completeWithAia(facts, served, store, ctx)
    return facts
  },
}

/**
 * The served chain does not verify and its issuer is missing: fetch the CA Issuers certificate
 * (at most two hops) and re-verify, as browsers and SSL Labs do (tls.md pitfall 16).
 */
async function completeWithAia(
  facts: TlsHandshakeFacts,
  served: X509Certificate[],
  store: TrustStore,
  ctx: CollectorContext
): Promise<void> {
  if (facts.trust.chainVerified || facts.trust.missingIntermediate || !facts.trust.issuerMissing)
    return
  const fetched: X509Certificate[] = []
  let from = served.at(-1)
  for (let hop = 0; hop < 2 && from; hop++) {
    const url = certificateFacts(from, trustedIn([from], store)).caIssuersUris[0]
    if (!url) break
    try {
      const issuer = await fetchIssuer(url, ctx.options.policy, ctx.signal)
      fetched.push(issuer)
      const { opensslError } = facts.trust
      facts.trust = evaluateTrust(served, store, {
        ...(opensslError ? { opensslError } : {}),
        fetched,
      })
      facts.trust.aia = { url, fetched: true }
      if (facts.trust.missingIntermediate) return
      from = issuer
    } catch (error) {
      facts.trust.aia = { url, fetched: false, error: describeError(error) }
      return
    }
  }
}

function readHandshake(
  socket: TLSSocket,
  host: string,
  port: number,
  store: TrustStore,
  stapled: boolean
): { facts: TlsHandshakeFacts; served: X509Certificate[] } {
  const { served, anchor } = servedChain(socket.getPeerCertificate(true), store)
  const trusted = trustedIn(served, store)
  const cipher = socket.getCipher()
  const ephemeral = socket.getEphemeralKeyInfo()
  const error = socket.authorizationError
  const opensslError = error ? String((error as { code?: string }).code ?? error) : undefined
  const facts: TlsHandshakeFacts = {
    host,
    port,
    protocol: socket.getProtocol() ?? 'unknown',
    cipher: { name: cipher.name, standardName: cipher.standardName },
    chain: served.map((cert) => certificateFacts(cert, trusted)),
    trust: evaluateTrust(served, store, {
      ...(opensslError ? { opensslError } : {}),
      ...(anchor ? { anchor } : {}),
    }),
    ocspStapled: stapled,
  }
  if (socket.servername) facts.servername = socket.servername
  if (socket.remoteAddress) facts.remoteAddress = socket.remoteAddress
  if (socket.alpnProtocol) facts.alpn = socket.alpnProtocol
  if (ephemeral && 'type' in ephemeral && ephemeral.type) {
    facts.ephemeralKey = {
      type: ephemeral.type,
      size: ephemeral.size ?? 0,
      ...(ephemeral.name ? { name: ephemeral.name } : {}),
    }
  }
  return { facts, served }
}

/**
 * The chain as the server sent it. Node appends the trust-store root it found (tls.md pitfall 10),
 * so a trailing self-signed certificate that is in the store is dropped; it is returned as the
 * anchor, which lets evaluateTrust judge a trusted chain without parsing every root.
 */
function servedChain(
  peer: PeerCertificate & { issuerCertificate?: PeerCertificate },
  store: TrustStore
): { served: X509Certificate[]; anchor?: X509Certificate } {
  const chain: X509Certificate[] = []
  let current: (PeerCertificate & { issuerCertificate?: PeerCertificate }) | undefined = peer
  while (current?.raw && chain.length < MAX_CHAIN) {
    const cert = new X509Certificate(current.raw)
    if (chain.some((c) => c.fingerprint256 === cert.fingerprint256)) break
    chain.push(cert)
    current = current.issuerCertificate
  }
  const last = chain.at(-1)
  if (chain.length > 1 && last && last.subject === last.issuer && store.has(last))
    return { served: chain.slice(0, -1), anchor: last }
  return { served: chain }
}

/** The fingerprints of those of `certs` that are trusted roots (for certificateFacts). */
function trustedIn(certs: readonly X509Certificate[], store: TrustStore): Set<string> {
  return new Set(certs.filter((cert) => store.has(cert)).map((cert) => cert.fingerprint256))
}
