/**
 * Accepted suites per protocol by raw-hello elimination (tls.md §3 "opt"): offer a list, record
 * the suite the server picks, drop it, repeat until refused. The candidate list (every IANA ID) is
 * cut into chunks eliminated in parallel, so wall time is (accepted / chunks) round trips.
 */
import type { ProtocolSuites, SuiteRef, TlsProtocolName } from '../artifacts.ts'
import { hexId, suiteOrUnknown } from '../../rules/lib/cipher-suites.ts'
import { VERSION } from '../net/raw-hello.ts'
import type { TlsSession } from '../net/tls-session.ts'
import { describeError } from './probe-errors.ts'
import { candidateSuites, rawHelloFor } from './protocols.ts'

/**
 * At most this many suites per hello: some servers drop longer lists (nmap's limit, from reports
 * on nmap-dev). The candidates are cut into as few equal chunks as that allows, since each chunk
 * also costs one refused hello (350 TLS 1.2 IDs: 6 chunks of 59).
 */
const MAX_CHUNK = 64
/** TLS 1.3 answers as HelloRetryRequests: the suite without the server's signature. */
const NO_SHARE = { keyShare: false } as const

export function suiteRef(id: number): SuiteRef {
  return { id: hexId(id), name: suiteOrUnknown(id).name }
}

async function eliminate(
  session: TlsSession,
  version: TlsProtocolName,
  offer: number[],
  sni: string | undefined
): Promise<{ accepted: number[]; error?: string }> {
  const wanted = VERSION[version as keyof typeof VERSION]
  const accepted: number[] = []
  const left = [...offer]
  // Bound: one round per offered suite plus the refusal, so a server can never make us loop.
  for (let round = 0; round <= offer.length && left.length > 0; round++) {
    let reply
    try {
      reply = await session.raw(rawHelloFor(version, left, sni, NO_SHARE))
    } catch (error) {
      return { accepted, error: describeError(error) }
    }
    if (reply.kind !== 'server-hello' || reply.version !== wanted) break
    const i = left.indexOf(reply.suite)
    // A suite we did not offer: a broken server; stop rather than loop.
    if (i === -1) return { accepted, error: `server chose unoffered suite ${hexId(reply.suite)}` }
    accepted.push(reply.suite)
    left.splice(i, 1)
  }
  return { accepted }
}

/** Which suite the server picks from `offer` (undefined = refused or no answer). */
async function choose(
  session: TlsSession,
  version: TlsProtocolName,
  offer: number[],
  sni: string | undefined
): Promise<number | undefined> {
  try {
    const reply = await session.raw(rawHelloFor(version, offer, sni, NO_SHARE))
    return reply.kind === 'server-hello' ? reply.suite : undefined
  } catch {
    return undefined
  }
}

export async function enumerateSuites(
  session: TlsSession,
  version: TlsProtocolName,
  sni: string | undefined
): Promise<ProtocolSuites> {
  const candidates = candidateSuites(version)
  const chunks: number[][] = []
  const size = Math.ceil(candidates.length / Math.ceil(candidates.length / MAX_CHUNK))
  for (let i = 0; i < candidates.length; i += size) chunks.push(candidates.slice(i, i + size))
  const results = await Promise.all(chunks.map((c) => eliminate(session, version, c, sni)))
  const accepted = results.flatMap((r) => r.accepted)
  const errors = results.flatMap((r) => (r.error ? [r.error] : []))
  const out: ProtocolSuites = {
    accepted: accepted.map(suiteRef),
    serverOrder: null,
    complete: errors.length === 0,
    ...(errors[0] ? { error: errors[0] } : {}),
  }
  if (accepted.length === 1) out.preferred = suiteRef(accepted[0]!)
  if (accepted.length >= 2) {
    // Same pick in both orders = the server's own preference decides (tls.md §3 "opt").
    const [a, b] = await Promise.all([
      choose(session, version, accepted, sni),
      choose(session, version, [...accepted].reverse(), sni),
    ])
    if (a !== undefined && b !== undefined) {
      out.serverOrder = a === b
      if (a === b) out.preferred = suiteRef(a)
    }
  }
  return out
}
