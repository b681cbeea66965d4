/** Fixture builders for the TLS scan artifacts (protocols, suites, details). */
import type {
  ProtocolSupport,
  TlsDetailsFacts,
  TlsProtocolName,
  TlsProtocolsFacts,
  TlsSuitesFacts,
} from '../../../scanner/artifacts.ts'
import { hexId, suiteById } from '../../../rules/lib/cipher-suites.ts'

export const MODERN_SUITES = [0xc02f, 0xc030, 0xcca8]
export const TLS13_SUITES = [0x1301, 0x1302, 0x1303]

export function makeProtocols(
  on: readonly TlsProtocolName[] = ['TLSv1.2', 'TLSv1.3'],
  overrides: Partial<Record<TlsProtocolName, ProtocolSupport>> = {}
): TlsProtocolsFacts {
  const all: TlsProtocolName[] = ['SSLv2', 'SSLv3', 'TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3']
  const protocols = Object.fromEntries(
    all.map((p) => [
      p,
      on.includes(p)
        ? { supported: true, via: 'handshake' as const }
        : { supported: false, detail: 'alert 70' },
    ])
  ) as unknown as Record<TlsProtocolName, ProtocolSupport>
  return { host: 'example.com', port: 443, protocols: { ...protocols, ...overrides } }
}

export const ref = (id: number) => ({ id: hexId(id), name: suiteById(id)?.name ?? '?' })

export function makeSuites(
  byProtocol: Partial<Record<TlsProtocolName, number[]>> = {
    'TLSv1.2': MODERN_SUITES,
    'TLSv1.3': TLS13_SUITES,
  },
  overrides: Partial<TlsSuitesFacts> = {},
  negotiated = 0x1302
): TlsSuitesFacts {
  return {
    host: 'example.com',
    port: 443,
    byProtocol: Object.fromEntries(
      Object.entries(byProtocol).map(([p, ids]) => [
        p,
        { accepted: ids.map(ref), serverOrder: true, complete: true },
      ])
    ),
    groups: { 'TLSv1.2': ['x25519', 'secp256r1'], 'TLSv1.3': ['x25519', 'secp256r1'] },
    modernClient: {
      protocol: negotiated >= 0x1301 && negotiated <= 0x1305 ? 'TLSv1.3' : 'TLSv1.2',
      suite: ref(negotiated),
    },
    untested: [],
    ...overrides,
  }
}

export function makeDetails(overrides: Partial<TlsDetailsFacts> = {}): TlsDetailsFacts {
  return {
    host: 'example.com',
    port: 443,
    probedWith: 'TLSv1.2',
    secureRenegotiation: true,
    compression: false,
    extendedMasterSecret: true,
    heartbeat: false,
    sessionTicket: true,
    fallbackScsv: null,
    untested: [],
    ...overrides,
  }
}
