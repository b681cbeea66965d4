/**
 * Differential test: HarbourScan's protocol set, accepted-suite set and key-exchange groups per
 * protocol equal sslscan's (Debian package, /usr/bin/sslscan) on every Node-served TLS range site.
 * (The ServerHello-only legacy emulators are left out: sslscan needs full handshakes.)
 */
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cipherSuites } from '../../rules/lib/cipher-suites.ts'
import { GROUP } from '../../scanner/net/raw-hello.ts'
import { startTlsRange, type TlsRange } from '../range/tls-sites.ts'
import { scanTls } from '../collectors/tls-helpers.ts'

const run = promisify(execFile)
const SITES = [
  'tls-modern',
  'tls-intermediate',
  'tls-no-tls13',
  'tls-rsa-cbc',
  'tls-dh1024',
  'tls-tls10-only',
  'weak',
  'clean',
]
const VERSION: Record<string, string> = {
  'ssl 2': 'SSLv2',
  'ssl 3': 'SSLv3',
  'tls 1.0': 'TLSv1',
  'tls 1.1': 'TLSv1.1',
  'tls 1.2': 'TLSv1.2',
  'tls 1.3': 'TLSv1.3',
}
const BY_NAME = new Map<string, string>(
  cipherSuites().flatMap((s): [string, string][] => [
    [s.name, s.name],
    ...(s.openssl ? [[s.openssl, s.name] as [string, string]] : []),
  ])
)

interface View {
  protocols: string[]
  suites: Record<string, string[]>
  /** Group IDs per protocol. */
  groups: Record<string, number[]>
}

/** sslscan 2.0 predates the hybrid post-quantum group, so it never reports it. */
const UNKNOWN_TO_SSLSCAN = new Set<number>([GROUP.X25519MLKEM768])

/** sslscan's name for a protocol in its suite and group lists, as HarbourScan spells it. */
const protocolName = (v: string) => (v === 'TLSv1.0' ? 'TLSv1' : v)

async function sslscan(port: number): Promise<View> {
  const { stdout } = await run('sslscan', [
    '--no-colour',
    '--sni-name=localhost',
    '--no-heartbleed',
    '--xml=-',
    `127.0.0.1:${port}`,
  ])
  const protocols = [...stdout.matchAll(/<protocol type="(\w+)" version="([\d.]+)" enabled="1"/g)]
    .map((m) => VERSION[`${m[1]} ${m[2]}`] ?? `${m[1]} ${m[2]}`)
    .sort()
  const suites: Record<string, string[]> = {}
  for (const m of stdout.matchAll(
    /<cipher status="\w+" sslversion="([^"]+)" bits="\d+" cipher="([^"]+)"/g
  )) {
    const v = protocolName(m[1]!)
    ;(suites[v] ??= []).push(BY_NAME.get(m[2]!) ?? m[2]!)
  }
  for (const list of Object.values(suites)) list.sort()
  const groups: Record<string, number[]> = {}
  for (const m of stdout.matchAll(/<group sslversion="([^"]+)"[^>]* id="(0x[0-9a-f]+)"/g))
    (groups[protocolName(m[1]!)] ??= []).push(Number(m[2]))
  for (const list of Object.values(groups)) list.sort((a, b) => a - b)
  return { protocols, suites, groups }
}

async function harbourscan(port: number, caFile: string): Promise<View> {
  const { collected } = await scanTls(port, caFile, { http: false })
  const { TlsProtocols, TlsSuites } = collected.values
  const protocols = Object.entries(TlsProtocols!.protocols)
    .filter(([, p]) => p.supported)
    .map(([v]) => v)
    .sort()
  const suites: Record<string, string[]> = {}
  for (const [v, list] of Object.entries(TlsSuites!.byProtocol))
    if (list && list.accepted.length > 0) suites[v] = list.accepted.map((s) => s.name).sort()
  const groups: Record<string, number[]> = {}
  for (const [v, names] of Object.entries(TlsSuites!.groups)) {
    const ids = (names ?? []).map((n) => GROUP[n as keyof typeof GROUP])
    groups[v] = ids.filter((id) => !UNKNOWN_TO_SSLSCAN.has(id)).sort((a, b) => a - b)
  }
  return { protocols, suites, groups }
}

let range: TlsRange
beforeAll(async () => {
  range = await startTlsRange(SITES)
})
afterAll(() => range.close())

describe('HarbourScan vs sslscan', () => {
  for (const site of SITES) {
    it(`${site}: same protocols, accepted suites and groups`, async () => {
      const port = range.port(site)
      const [ours, theirs] = await Promise.all([
        harbourscan(port, range.range.pki.caFile),
        sslscan(port),
      ])
      expect(theirs.protocols.length).toBeGreaterThan(0)
      expect(ours).toEqual(theirs)
    })
  }
})
