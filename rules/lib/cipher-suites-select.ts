/** Helpers the TLS rules and the grade share: which accepted suites match, as evidence. */
import type { SuiteRef, TlsProtocolName, TlsSuitesFacts } from '../../scanner/artifacts.ts'
import type { Evidence } from '../types.ts'
import { suiteOrUnknown, type CipherSuite } from './cipher-suites.ts'

export interface AcceptedSuite {
  protocol: TlsProtocolName
  ref: SuiteRef
  suite: CipherSuite
}

export function acceptedSuites(facts: TlsSuitesFacts): AcceptedSuite[] {
  return Object.entries(facts.byProtocol).flatMap(([protocol, list]) =>
    (list?.accepted ?? []).map((ref) => ({
      protocol: protocol as TlsProtocolName,
      ref,
      suite: suiteOrUnknown(parseInt(ref.id, 16)),
    }))
  )
}

/** The suite a modern client negotiated, classified (undefined when that handshake failed). */
export function negotiatedSuite(facts: TlsSuitesFacts): CipherSuite | undefined {
  const ref = facts.modernClient?.suite
  if (!ref || !/^0x[0-9a-f]+$/i.test(ref.id)) return undefined
  return suiteOrUnknown(parseInt(ref.id, 16))
}

/** One evidence line per protocol: "TLSv1.2: A, B, C". */
export function suiteEvidence(list: readonly AcceptedSuite[]): Evidence[] {
  const by = new Map<string, string[]>()
  for (const a of list) by.set(a.protocol, [...(by.get(a.protocol) ?? []), a.ref.name])
  return [...by].map(([protocol, names]) => ({ label: protocol, value: names.join(', ') }))
}

export function uniqueNames(list: readonly AcceptedSuite[]): string[] {
  return [...new Set(list.map((a) => a.ref.name))]
}

/** Suites that could not be fully enumerated: a clean result would be a false pass. */
export function incompleteProtocols(facts: TlsSuitesFacts): string[] {
  return Object.entries(facts.byProtocol)
    .filter(([, list]) => list && !list.complete)
    .map(([protocol]) => protocol)
}
