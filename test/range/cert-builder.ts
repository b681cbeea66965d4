/** Key and certificate building blocks for the test PKI (WebCrypto + @peculiar/x509). */
import crypto from 'node:crypto'
import net from 'node:net'
// @peculiar/x509 (via tsyringe) refuses to load without a Reflect metadata polyfill.
import 'reflect-metadata'
import * as x509 from '@peculiar/x509'

// Node's global WebCrypto (same object as crypto.webcrypto), typed with the DOM types x509 uses.
x509.cryptoProvider.set(globalThis.crypto)

export const DAY = 86_400_000
const RSA = 'RSASSA-PKCS1-v1_5'
const SERVER_AUTH = '1.3.6.1.5.5.7.3.1'
const { subtle } = globalThis.crypto

export async function rsaKeys(bits: number, hash = 'SHA-256'): Promise<CryptoKeyPair> {
  const alg = { name: RSA, modulusLength: bits, publicExponent: new Uint8Array([1, 0, 1]), hash }
  return (await subtle.generateKey(alg, true, ['sign', 'verify'])) as CryptoKeyPair
}

export async function ecKeys(): Promise<CryptoKeyPair> {
  const alg = { name: 'ECDSA', namedCurve: 'P-256' }
  return (await subtle.generateKey(alg, true, ['sign', 'verify'])) as CryptoKeyPair
}

/** WebCrypto binds the hash to an RSA key, so signing with SHA-1 needs the key re-imported. */
export async function withHash(key: CryptoKey, hash: string): Promise<CryptoKey> {
  const pkcs8 = await subtle.exportKey('pkcs8', key)
  return subtle.importKey('pkcs8', pkcs8, { name: RSA, hash }, false, ['sign'])
}

export function keyPem(key: CryptoKey): string {
  const pem = crypto.KeyObject.from(key as crypto.webcrypto.CryptoKey).export({
    type: 'pkcs8',
    format: 'pem',
  })
  return typeof pem === 'string' ? pem : pem.toString('utf8')
}

export function certPem(cert: x509.X509Certificate): string {
  return cert.toString('pem') + '\n'
}

function sanFor(hosts: readonly string[]): x509.SubjectAlternativeNameExtension {
  const names = hosts.map((h) =>
    net.isIP(h) ? { type: 'ip' as const, value: h } : { type: 'dns' as const, value: h }
  )
  return new x509.SubjectAlternativeNameExtension(names)
}

export interface Issuer {
  name: string
  keys: CryptoKeyPair
}

export interface LeafPlan {
  keys: CryptoKeyPair
  subject: string
  hosts: readonly string[]
  notBefore: Date
  notAfter: Date
  issuer?: Issuer /* absent = self-signed */
  signingKey?: CryptoKey
  /** AIA CA Issuers URL, which lets a client fetch a missing intermediate (tls.md §2 #16). */
  caIssuers?: string
}

export async function caCert(subject: string, keys: CryptoKeyPair, issuer: Issuer | undefined) {
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

export async function leafCert(plan: LeafPlan): Promise<x509.X509Certificate> {
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
      ...(plan.caIssuers
        ? [new x509.AuthorityInfoAccessExtension({ caIssuers: plan.caIssuers })]
        : []),
    ],
  })
}
