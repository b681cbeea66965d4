import { HarbourScanError } from '../errors.ts'
import { detectProtocols } from '../tls/protocols.ts'
import { NO_HTTPS, tlsSessionFor } from './tls-session-for.ts'
import { Skip, type Collector } from './types.ts'

/** SSLv2 … TLS 1.3, each tested on its own (tls.md §3 probes 1–6). */
export const tlsProtocolsCollector: Collector<'TlsProtocols'> = {
  name: 'TlsProtocols',
  timeoutMs: 20_000,
  async collect(ctx) {
    const session = await tlsSessionFor(ctx)
    if (!session) return new Skip(NO_HTTPS)
    const facts = await detectProtocols(session, sniFor(ctx.target.isIpLiteral, session.host))
    const all = Object.values(facts.protocols)
    // Nothing accepted and something unanswered: this is "could not test", never "no TLS issues".
    if (!all.some((p) => p.supported) && all.some((p) => p.supported === null)) {
      const why = all.find((p) => p.supported === null)?.detail ?? 'no answer'
      throw new HarbourScanError('E_TLS_UNTESTABLE', `No TLS handshake succeeded (${why})`)
    }
    if (!all.some((p) => p.supported))
      throw new HarbourScanError(
        'E_TLS_HANDSHAKE',
        `The server accepted no SSL/TLS version (${all.map((p) => p.detail).join('; ')})`.slice(
          0,
          500
        )
      )
    return facts
  },
}

/** No SNI for IP literals (RFC 6066), as tls.md §2 #8 says. */
export function sniFor(isIp: boolean, host: string): string | undefined {
  return isIp || /^[\d.]+$|:/.test(host) ? undefined : host
}
