import { X509Certificate, createPublicKey } from 'node:crypto'
import fs from 'node:fs'
import 'reflect-metadata'
import * as x509 from '@peculiar/x509'
import { beforeAll, describe, expect, it } from 'vitest'
import { CERT_KINDS, createTestPki } from './pki.ts'
import type { CertKind, TestPki } from './pki.ts'

const DAY = 86_400_000
const SHA1_WITH_RSA_OID = Buffer.from('06092a864886f70d010105', 'hex')
const SHA256_WITH_RSA_OID = Buffer.from('06092a864886f70d01010b', 'hex')

let pki: TestPki
let root: X509Certificate
let inter: X509Certificate

function chain(kind: CertKind): X509Certificate[] {
  const blocks = pki
    .leaf(kind)
    .cert.match(/-----BEGIN CERTIFICATE-----[^-]+-----END CERTIFICATE-----/g)
  return (blocks ?? []).map((pem) => new X509Certificate(pem))
}

function leafOf(kind: CertKind): X509Certificate {
  const [leaf] = chain(kind)
  if (!leaf) throw new Error(`no leaf for ${kind}`)
  return leaf
}

function daysLeft(cert: X509Certificate): number {
  return (cert.validToDate.getTime() - Date.now()) / DAY
}

beforeAll(async () => {
  pki = await createTestPki()
  root = new X509Certificate(pki.rootPem)
  inter = new X509Certificate(pki.intermediatePem)
})

describe('test PKI', () => {
  it('is cached per process', async () => {
    expect(await createTestPki()).toBe(pki)
  })

  it('has a self-signed RSA-2048 root CA and an intermediate CA issued by it', () => {
    expect(root.ca).toBe(true)
    expect(root.checkIssued(root)).toBe(true)
    expect(root.verify(root.publicKey)).toBe(true)
    expect(root.publicKey.asymmetricKeyDetails?.modulusLength).toBe(2048)
    expect(inter.ca).toBe(true)
    expect(inter.checkIssued(root)).toBe(true)
    expect(inter.verify(root.publicKey)).toBe(true)
    expect(fs.readFileSync(pki.caFile, 'utf8')).toBe(pki.rootPem)
  })

  it('issues a valid leaf for localhost and 127.0.0.1, served with the intermediate', () => {
    const [leaf, second, ...rest] = chain('valid')
    expect(rest).toHaveLength(0)
    expect(second?.fingerprint256).toBe(inter.fingerprint256)
    expect(leaf?.ca).toBe(false)
    expect(leaf?.checkIssued(inter)).toBe(true)
    expect(leaf?.verify(inter.publicKey)).toBe(true)
    expect(leaf?.subjectAltName).toBe('DNS:localhost, IP Address:127.0.0.1')
    expect(leaf?.checkHost('localhost')).toBe('localhost')
    expect(leaf?.checkIP('127.0.0.1')).toBe('127.0.0.1')
    expect(leaf?.keyUsage).toEqual(['1.3.6.1.5.5.7.3.1'])
    expect(leaf?.publicKey.asymmetricKeyDetails?.modulusLength).toBe(2048)
    expect(Buffer.from(leaf?.raw ?? []).includes(SHA256_WITH_RSA_OID)).toBe(true)
    expect(leaf!.validFromDate.getTime()).toBeLessThan(Date.now())
    expect(daysLeft(leaf!)).toBeGreaterThan(30)
  })

  it('pairs every private key with its certificate', () => {
    for (const kind of CERT_KINDS) {
      const fromKey = createPublicKey(pki.leaf(kind).key).export({ type: 'spki', format: 'der' })
      const fromCert = leafOf(kind).publicKey.export({ type: 'spki', format: 'der' })
      expect(fromKey.equals(fromCert), kind).toBe(true)
    }
  })

  it('plants the date defects', () => {
    expect(leafOf('expired').validToDate.getTime()).toBeLessThan(Date.now())
    expect(leafOf('not-yet-valid').validFromDate.getTime()).toBeGreaterThan(Date.now())
    expect(daysLeft(leafOf('expiring-soon'))).toBeGreaterThan(4.9)
    expect(daysLeft(leafOf('expiring-soon'))).toBeLessThanOrEqual(5)
    expect(daysLeft(leafOf('expiring-30'))).toBeGreaterThan(19.9)
    expect(daysLeft(leafOf('expiring-30'))).toBeLessThanOrEqual(20)
  })

  it('plants a wrong name', () => {
    const leaf = leafOf('wrong-name')
    expect(leaf.subjectAltName).toBe('DNS:wrong.example')
    expect(leaf.checkHost('localhost')).toBeUndefined()
    expect(leaf.checkIP('127.0.0.1')).toBeUndefined()
    expect(leaf.checkIssued(inter)).toBe(true)
  })

  it('makes a self-signed leaf, served alone', () => {
    const certs = chain('self-signed')
    expect(certs).toHaveLength(1)
    expect(certs[0]?.checkIssued(certs[0])).toBe(true)
    expect(certs[0]?.verify(certs[0].publicKey)).toBe(true)
    expect(certs[0]?.checkIssued(inter)).toBe(false)
    expect(certs[0]?.subjectAltName).toBe('DNS:localhost, IP Address:127.0.0.1')
  })

  it('makes a really 1024-bit RSA key', () => {
    const leaf = leafOf('weak-key')
    expect(leaf.publicKey.asymmetricKeyType).toBe('rsa')
    expect(leaf.publicKey.asymmetricKeyDetails?.modulusLength).toBe(1024)
    expect(leaf.verify(inter.publicKey)).toBe(true)
  })

  it('signs the sha1 leaf with sha1WithRSAEncryption', () => {
    const leaf = leafOf('sha1')
    const parsed = new x509.X509Certificate(leaf.raw)
    expect(parsed.signatureAlgorithm).toMatchObject({
      name: 'RSASSA-PKCS1-v1_5',
      hash: { name: 'SHA-1' },
    })
    expect(Buffer.from(leaf.raw).includes(SHA1_WITH_RSA_OID)).toBe(true)
    expect(leaf.verify(inter.publicKey)).toBe(true)
    // The CA certificates stay SHA-256: only the leaf carries the defect.
    expect(new x509.X509Certificate(inter.raw).signatureAlgorithm).toMatchObject({
      hash: { name: 'SHA-256' },
    })
  })

  it('serves the incomplete chain as the leaf alone, issued by the intermediate', () => {
    const certs = chain('incomplete-chain')
    expect(certs).toHaveLength(1)
    expect(certs[0]?.checkIssued(inter)).toBe(true)
    expect(certs[0]?.verify(inter.publicKey)).toBe(true)
  })

  it('makes an ECDSA P-256 leaf', () => {
    const leaf = leafOf('ecdsa')
    expect(leaf.publicKey.asymmetricKeyType).toBe('ec')
    expect(leaf.publicKey.asymmetricKeyDetails?.namedCurve).toBe('prime256v1')
    expect(leaf.checkIssued(inter)).toBe(true)
  })

  it('puts custom hosts into the SAN', async () => {
    const custom = await createTestPki({ hosts: ['shop.example.test', '127.0.0.2'] })
    expect(custom).not.toBe(pki)
    const leaf = new X509Certificate(custom.leaf('valid').cert)
    expect(leaf.subjectAltName).toBe('DNS:shop.example.test, IP Address:127.0.0.2')
  })
})
