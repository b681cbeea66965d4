/**
 * Trust verdicts from real test-PKI certificates, with a store that records whether every root had
 * to be parsed: a trusted chain is judged from the roots at hand, anything else from all roots.
 */
import { X509Certificate } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { evaluateTrust } from '../../scanner/tls/trust.ts'
import { loadTrustStore, type TrustStore } from '../../scanner/tls/trust-store.ts'
import { createTestPki, type TestPki } from '../range/pki.ts'

let pki: TestPki
let other: TestPki
let root: X509Certificate
let inter: X509Certificate
const chainOf = (pem: string) =>
  (pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? []).map(
    (p) => new X509Certificate(p)
  )

beforeAll(async () => {
  pki = await createTestPki()
  // Another host list is another PKI (another root), see createTestPki's cache.
  other = await createTestPki({ hosts: ['localhost', '127.0.0.1', '127.0.0.2'] })
  root = new X509Certificate(pki.rootPem)
  inter = new X509Certificate(pki.intermediatePem)
})

/** The store as loaded, plus a count of certificates() calls (the full parse). */
function tracked(store: TrustStore): TrustStore & { fullParses: () => number } {
  let calls = 0
  return {
    ...store,
    certificates: () => {
      calls++
      return store.certificates()
    },
    fullParses: () => calls,
  }
}

/** A store that trusts `roots` as it trusts Node's bundled roots (known, unparsed), no --ca. */
function fingerprintOnly(roots: X509Certificate[]): TrustStore & { fullParses: () => number } {
  const base = loadTrustStore()
  const known = new Set(roots.map((r) => r.fingerprint256))
  return tracked({
    has: (cert) => base.has(cert) || known.has(cert.fingerprint256),
    extra: [],
    certificates: () => [...base.certificates(), ...roots],
  })
}

describe('evaluateTrust', () => {
  it('verifies a chain to a --ca root without parsing the bundled roots', () => {
    const store = tracked(loadTrustStore([pki.caFile]))
    const served = chainOf(pki.leaf('valid').cert)
    expect(served).toHaveLength(2)
    const trust = evaluateTrust(served, store, {
      opensslError: 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    })
    expect(trust).toEqual({
      chainVerified: true,
      missingIntermediate: false,
      issuerMissing: false,
      opensslError: 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    })
    expect(store.fullParses()).toBe(0)
  })

  it('verifies through the root Node appended (the anchor) without parsing every root', () => {
    const store = fingerprintOnly([root])
    const trust = evaluateTrust([...chainOf(pki.leaf('valid').cert)], store, { anchor: root })
    expect(trust).toMatchObject({ chainVerified: true, issuerMissing: false })
    expect(store.fullParses()).toBe(0)
  })

  it('ignores an anchor that is not one of our roots (NODE_EXTRA_CA_CERTS, system store)', () => {
    const store = tracked(loadTrustStore())
    const trust = evaluateTrust(chainOf(pki.leaf('valid').cert), store, { anchor: root })
    expect(trust).toEqual({ chainVerified: false, missingIntermediate: false, issuerMissing: true })
    expect(store.fullParses()).toBe(1)
  })

  it('calls a chain to another CA untrusted, after checking every root', () => {
    const store = tracked(loadTrustStore([other.caFile]))
    const trust = evaluateTrust(chainOf(pki.leaf('valid').cert), store)
    expect(trust).toEqual({ chainVerified: false, missingIntermediate: false, issuerMissing: true })
    expect(store.fullParses()).toBe(1)
  })

  it('finds an incomplete chain, completed by the store or by a fetched intermediate', () => {
    const leafOnly = chainOf(pki.leaf('incomplete-chain').cert)
    expect(leafOnly).toHaveLength(1)
    const store = tracked(loadTrustStore([pki.caFile]))
    expect(evaluateTrust(leafOnly, store)).toEqual({
      chainVerified: false,
      missingIntermediate: false,
      issuerMissing: true,
    })
    expect(evaluateTrust(leafOnly, store, { fetched: [inter] })).toMatchObject({
      chainVerified: false,
      missingIntermediate: true,
    })
    // The intermediate in the store (not served) also completes it.
    const withInter = fingerprintOnly([root, inter])
    expect(evaluateTrust(leafOnly, withInter)).toMatchObject({ chainVerified: true })
    expect(store.fullParses()).toBeGreaterThan(0)
  })

  it('calls a self-signed leaf untrusted with no issuer missing', () => {
    const store = tracked(loadTrustStore([pki.caFile]))
    const trust = evaluateTrust(chainOf(pki.leaf('self-signed').cert), store)
    expect(trust).toEqual({
      chainVerified: false,
      missingIntermediate: false,
      issuerMissing: false,
    })
  })

  it('has nothing to judge without a certificate', () => {
    expect(evaluateTrust([], loadTrustStore())).toEqual({
      chainVerified: false,
      missingIntermediate: false,
    })
  })
})

describe('loadTrustStore', () => {
  it('knows every bundled root without parsing it, and keeps --ca files apart', () => {
    const plain = loadTrustStore()
    const a = loadTrustStore([pki.caFile])
    const b = loadTrustStore([other.caFile])
    const otherRoot = new X509Certificate(other.rootPem)
    const bundled = plain.certificates()
    expect(bundled.length).toBeGreaterThan(100)
    expect(bundled.every((c) => plain.has(c))).toBe(true)
    expect(plain.has(root) || plain.has(inter)).toBe(false)
    expect(a.has(root)).toBe(true)
    expect(a.has(otherRoot)).toBe(false)
    expect(b.has(root)).toBe(false)
    expect(b.has(otherRoot)).toBe(true)
    // Parsing the bundled roots once (a above) must not carry a's --ca root into b.
    expect(b.certificates().map((c) => c.fingerprint256)).not.toContain(root.fingerprint256)
    expect(a.certificates().map((c) => c.fingerprint256)).toContain(root.fingerprint256)
    expect(a.extra.map((c) => c.fingerprint256)).toEqual([root.fingerprint256])
  })

  it('reads every certificate of a bundle file, and refuses a file without one', () => {
    const dir = join(pki.caFile, '..')
    const bundle = join(dir, 'bundle.pem')
    writeFileSync(bundle, `${pki.rootPem}\n${other.rootPem}`)
    expect(loadTrustStore([bundle]).extra).toHaveLength(2)
    const empty = join(dir, 'empty.pem')
    writeFileSync(empty, 'nothing here\n')
    expect(() => loadTrustStore([empty])).toThrow(/No PEM certificate/)
    expect(() => loadTrustStore([join(dir, 'missing.pem')])).toThrow(/Cannot read the --ca file/)
  })
})
