import type { TlsDetailsFacts, TlsProtocolName } from '../artifacts.ts'
import { buildClientHello, VERSION } from '../net/raw-hello.ts'
import { describeError } from '../tls/probe-errors.ts'
import { candidateSuites } from '../tls/protocols.ts'
import { sniFor } from './tls-protocols.ts'
import { NO_HTTPS, tlsSessionFor } from './tls-session-for.ts'
import { Skip, type Collector } from './types.ts'

const LEGACY: readonly TlsProtocolName[] = ['TLSv1.2', 'TLSv1.1', 'TLSv1', 'SSLv3']
const EXT = { renegotiationInfo: 0xff01, ems: 23, heartbeat: 15, ticket: 35 }
const INAPPROPRIATE_FALLBACK = 86

/**
 * Probes 13–14 of tls.md §3 as raw hellos: one hello at the best TLS ≤ 1.2 offering DEFLATE and
 * heartbeat (its ServerHello shows renegotiation_info, compression, EMS, heartbeat, tickets), and
 * one downgraded hello with TLS_FALLBACK_SCSV.
 */
export const tlsDetailsCollector: Collector<'TlsDetails'> = {
  name: 'TlsDetails',
  timeoutMs: 20_000,
  async collect(ctx) {
    const session = await tlsSessionFor(ctx)
    if (!session) return new Skip(NO_HTTPS)
    const { protocols } = await ctx.get('TlsProtocols')
    const sni = sniFor(ctx.target.isIpLiteral, session.host)
    const sniOpt = sni ? { servername: sni } : {}
    const facts: TlsDetailsFacts = {
      host: session.host,
      port: session.port,
      secureRenegotiation: null,
      compression: null,
      extendedMasterSecret: null,
      heartbeat: null,
      sessionTicket: null,
      fallbackScsv: null,
      untested: [],
    }
    const supported = (['TLSv1.3', ...LEGACY] as TlsProtocolName[]).filter(
      (v) => protocols[v].supported
    )
    const best = LEGACY.find((v) => protocols[v].supported)
    const lower = supported[1]
    await Promise.all([
      best &&
        session
          .raw(
            buildClientHello({
              version: VERSION[best as keyof typeof VERSION],
              suites: candidateSuites(best),
              compression: true,
              heartbeat: true,
              ...sniOpt,
            })
          )
          .then((reply) => {
            if (reply.kind !== 'server-hello') {
              facts.untested.push(`${best} feature probe: no ServerHello (${reply.kind})`)
              return
            }
            facts.probedWith = best
            const has = (t: number) => reply.extensions.includes(t)
            facts.secureRenegotiation = has(EXT.renegotiationInfo)
            facts.compression = reply.compression !== 0
            facts.extendedMasterSecret = has(EXT.ems)
            facts.heartbeat = has(EXT.heartbeat)
            facts.sessionTicket = has(EXT.ticket)
          })
          .catch((error) => facts.untested.push(`${best} feature probe: ${describeError(error)}`)),
      lower &&
        lower !== 'SSLv2' &&
        session
          .raw(
            buildClientHello({
              version: VERSION[lower as keyof typeof VERSION],
              suites: candidateSuites(lower),
              fallbackScsv: true,
              ...(lower === 'SSLv3' ? { noExtensions: true } : sniOpt),
            })
          )
          .then((reply) => {
            facts.fallbackScsv =
              reply.kind === 'alert' && reply.description === INAPPROPRIATE_FALLBACK
          })
          .catch((error) => facts.untested.push(`FALLBACK_SCSV: ${describeError(error)}`)),
    ])
    return facts
  },
}
