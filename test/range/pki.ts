/**
 * Test PKI made at test time: root CA → intermediate CA → leaves with planted defects.
 * Nothing here is committed; keys live only in memory (plus the root PEM in a temp file).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {
  DAY,
  caCert,
  certPem,
  ecKeys,
  keyPem,
  leafCert,
  rsaKeys,
  withHash,
} from './cert-builder.ts'
import type { Issuer, LeafPlan } from './cert-builder.ts'

export type CertKind =
  | 'valid'
  | 'ecdsa'
  | 'expired'
  | 'not-yet-valid'
  | 'expiring-soon' /* 5 days left */
  | 'expiring-30' /* 20 days left */
  | 'wrong-name'
  | 'self-signed'
  | 'weak-key' /* RSA-1024 */
  | 'sha1' /* SHA-1 signed leaf */
  | 'incomplete-chain' /* leaf only, signed by intermediate */

export const CERT_KINDS: readonly CertKind[] = [
  'valid',
  'ecdsa',
  'expired',
  'not-yet-valid',
  'expiring-soon',
  'expiring-30',
  'wrong-name',
  'self-signed',
  'weak-key',
  'sha1',
  'incomplete-chain',
]

export interface LeafPem {
  key: string
  /** Leaf + intermediate, except for incomplete-chain and self-signed (leaf only). */
  cert: string
}

export interface TestPki {
  rootPem: string
  intermediatePem: string
  /** Temp file holding the root PEM, for `--ca`. Removed when the process exits. */
  caFile: string
  leaf(kind: CertKind): LeafPem
  /** Signs a fresh leaf of `kind` (same key), e.g. with an AIA CA Issuers URL known only later. */
  issueLeaf(kind: CertKind, opts?: { caIssuers?: string }): Promise<LeafPem>
}

export interface TestPkiOptions {
  /** SAN entries of the leaves; default ['localhost', '127.0.0.1']. IPs become IP SANs. */
  hosts?: string[]
}

async function buildPki(hosts: readonly string[]): Promise<TestPki> {
  const [rootKeys, interKeys, leafKeys, ecdsaKeys, weakKeys, selfKeys] = await Promise.all([
    rsaKeys(2048),
    rsaKeys(2048),
    rsaKeys(2048),
    ecKeys(),
    rsaKeys(1024),
    rsaKeys(2048),
  ])
  const root: Issuer = {
    name: 'CN=HarbourScan Test Root CA, O=HarbourScan Test Range',
    keys: rootKeys,
  }
  const inter: Issuer = {
    name: 'CN=HarbourScan Test Intermediate CA, O=HarbourScan Test Range',
    keys: interKeys,
  }
  const rootCert = await caCert(root.name, rootKeys, undefined)
  const interCert = await caCert(inter.name, interKeys, root)

  const now = Date.now()
  const span = (from: number, to: number) => ({
    notBefore: new Date(now + from * DAY),
    notAfter: new Date(now + to * DAY),
  })
  const base = { keys: leafKeys, subject: 'CN=localhost', hosts, issuer: inter, ...span(-1, 90) }
  const plans: Record<CertKind, LeafPlan> = {
    valid: base,
    ecdsa: { ...base, keys: ecdsaKeys },
    expired: { ...base, ...span(-100, -10) },
    'not-yet-valid': { ...base, ...span(10, 100) },
    'expiring-soon': { ...base, ...span(-85, 5) },
    'expiring-30': { ...base, ...span(-70, 20) },
    'wrong-name': { ...base, subject: 'CN=wrong.example', hosts: ['wrong.example'] },
    'self-signed': { keys: selfKeys, subject: 'CN=localhost', hosts, ...span(-1, 90) },
    'weak-key': { ...base, keys: weakKeys },
    sha1: { ...base, signingKey: await withHash(interKeys.privateKey, 'SHA-1') },
    'incomplete-chain': base,
  }
  const interPem = certPem(interCert)
  const issueLeaf = async (kind: CertKind, opts: { caIssuers?: string } = {}): Promise<LeafPem> => {
    const plan = plans[kind]
    if (!plan) throw new Error(`unknown certificate kind: ${String(kind)}`)
    const leaf = certPem(await leafCert({ ...plan, ...opts }))
    const leafOnly = kind === 'incomplete-chain' || kind === 'self-signed'
    return { key: keyPem(plan.keys.privateKey), cert: leafOnly ? leaf : leaf + interPem }
  }
  const leaves = new Map<CertKind, LeafPem>()
  for (const kind of CERT_KINDS) leaves.set(kind, await issueLeaf(kind))

  const rootPem = certPem(rootCert)
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'harbourscan-range-'))
  const caFile = path.join(dir, 'ca.pem')
  fs.writeFileSync(caFile, rootPem)
  process.once('exit', () => fs.rmSync(dir, { recursive: true, force: true }))

  return {
    rootPem,
    intermediatePem: interPem,
    caFile,
    leaf(kind) {
      const found = leaves.get(kind)
      if (!found) throw new Error(`unknown certificate kind: ${String(kind)}`)
      return found
    },
    issueLeaf,
  }
}

const cache = new Map<string, Promise<TestPki>>()

/** One PKI per process and host list: key generation is the slow part of every range test. */
export async function createTestPki(opts: TestPkiOptions = {}): Promise<TestPki> {
  const hosts = opts.hosts ?? ['localhost', '127.0.0.1']
  const cacheKey = hosts.join(',')
  let pki = cache.get(cacheKey)
  if (!pki) {
    pki = buildPki(hosts)
    cache.set(cacheKey, pki)
    pki.catch(() => cache.delete(cacheKey))
  }
  return pki
}
