/**
 * Test PKI made at test time: root CA → intermediate CA → leaves with planted defects.
 * Nothing here is committed; keys live only in memory (plus the root PEM in a temp file).
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
// @peculiar/x509 (via tsyringe) refuses to load without a Reflect metadata polyfill.
import 'reflect-metadata'
import * as x509 from '@peculiar/x509'

// Node's global WebCrypto (same object as crypto.webcrypto), typed with the DOM types x509 uses.
x509.cryptoProvider.set(globalThis.crypto)

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
}

export interface TestPkiOptions {
  /** SAN entries of the leaves; default ['localhost', '127.0.0.1']. IPs become IP SANs. */
  hosts?: string[]
}

const DAY = 86_400_000
const RSA = 'RSASSA-PKCS1-v1_5'
const SERVER_AUTH = '1.3.6.1.5.5.7.3.1'
const { subtle } = globalThis.crypto

async function rsaKeys(bits: number, hash = 'SHA-256'): Promise<CryptoKeyPair> {
  const alg = { name: RSA, modulusLength: bits, publicExponent: new Uint8Array([1, 0, 1]), hash }
  return (await subtle.generateKey(alg, true, ['sign', 'verify'])) as CryptoKeyPair
}

async function ecKeys(): Promise<CryptoKeyPair> {
  const alg = { name: 'ECDSA', namedCurve: 'P-256' }
  return (await subtle.generateKey(alg, true, ['sign', 'verify'])) as CryptoKeyPair
}

/** WebCrypto binds the hash to an RSA key, so signing with SHA-1 needs the key re-imported. */
async function withHash(key: CryptoKey, hash: string): Promise<CryptoKey> {
  const pkcs8 = await subtle.exportKey('pkcs8', key)
  return subtle.importKey('pkcs8', pkcs8, { name: RSA, hash }, false, ['sign'])
}

function keyPem(key: CryptoKey): string {
  const pem = crypto.KeyObject.from(key as crypto.webcrypto.CryptoKey).export({
    type: 'pkcs8',
    format: 'pem',
  })
  return typeof pem === 'string' ? pem : pem.toString('utf8')
}

function certPem(cert: x509.X509Certificate): string {
  return cert.toString('pem') + '\n'
}

function sanFor(hosts: readonly string[]): x509.SubjectAlternativeNameExtension {
  const names = hosts.map((h) =>
    net.isIP(h) ? { type: 'ip' as const, value: h } : { type: 'dns' as const, value: h }
  )
  return new x509.SubjectAlternativeNameExtension(names)
}

interface Issuer {
  name: string
  keys: CryptoKeyPair
}

interface LeafPlan {
  keys: CryptoKeyPair
  subject: string
  hosts: readonly string[]
  notBefore: Date
  notAfter: Date
  issuer?: Issuer /* absent = self-signed */
  signingKey?: CryptoKey
}

async function caCert(subject: string, keys: CryptoKeyPair, issuer: Issuer | undefined) {
  const now = Date.now()
  return x509.X509CertificateGenerator.create({
    subject,
    issuer: issuer?.name ?? subject,
    publicKey: keys.publicKey,
    signingKey: issuer?.keys.privateKey ?? keys.privateKey,
    notBefore: new Date(now - DAY),
    notAfter: new Date(now + 3650 * DAY),
    extensions: [
      new x509.BasicConstraintsExtension(true, issuer ? 0 : undefined, true),
      new x509.KeyUsagesExtension(
        x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign,
        true
      ),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
      await x509.AuthorityKeyIdentifierExtension.create((issuer ?? { keys }).keys.publicKey),
    ],
  })
}

async function leafCert(plan: LeafPlan): Promise<x509.X509Certificate> {
  const signer = plan.issuer ?? { name: plan.subject, keys: plan.keys }
  const isEc = plan.keys.publicKey.algorithm.name === 'ECDSA'
  const selfSigned = plan.issuer === undefined
  const F = x509.KeyUsageFlags
  // Self-signed leaves look like `openssl req -x509` output (CA:TRUE, may sign certificates), so
  // X509Certificate.checkIssued(itself) recognises them as self-issued, as it does in the wild.
  const usage =
    (isEc ? F.digitalSignature : F.digitalSignature | F.keyEncipherment) |
    (selfSigned ? F.keyCertSign : 0)
  return x509.X509CertificateGenerator.create({
    subject: plan.subject,
    issuer: signer.name,
    publicKey: plan.keys.publicKey,
    signingKey: plan.signingKey ?? signer.keys.privateKey,
    notBefore: plan.notBefore,
    notAfter: plan.notAfter,
    extensions: [
      new x509.BasicConstraintsExtension(selfSigned, undefined, true),
      new x509.KeyUsagesExtension(usage, true),
      new x509.ExtendedKeyUsageExtension([SERVER_AUTH]),
      sanFor(plan.hosts),
      await x509.SubjectKeyIdentifierExtension.create(plan.keys.publicKey),
      await x509.AuthorityKeyIdentifierExtension.create(signer.keys.publicKey),
    ],
  })
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
  const leaves = new Map<CertKind, LeafPem>()
  for (const kind of CERT_KINDS) {
    const plan = plans[kind]
    const leaf = certPem(await leafCert(plan))
    const leafOnly = kind === 'incomplete-chain' || kind === 'self-signed'
    leaves.set(kind, { key: keyPem(plan.keys.privateKey), cert: leafOnly ? leaf : leaf + interPem })
  }

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
