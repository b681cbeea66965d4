/**
 * Certificates crafted to break a parser: a SAN value that spells out another SAN, and a chain
 * certificate whose public key does not decode. The handshake facts are still recorded in full, so
 * a site cannot hide its own certificate findings behind one such certificate.
 */
import 'reflect-metadata'
import * as x509 from '@peculiar/x509'
import http from 'node:http'
import tls from 'node:tls'
import type { AddressInfo } from 'node:net'
import { afterAll, describe, expect, it } from 'vitest'
import { parseSubjectAltName } from '../../scanner/tls/certificate-facts.ts'
import { caCert, certPem, DAY, ecKeys, keyPem, leafCert } from '../range/cert-builder.ts'
import { createTestPki } from '../range/index.ts'
import { scanTls } from './tls-helpers.ts'

x509.cryptoProvider.set(globalThis.crypto)
const ALG = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' }

/** A self-signed, already expired certificate (the rules must still see that). */
async function expiredCert(names: x509.JsonGeneralName[]) {
  const keys = await ecKeys()
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: '01',
    name: 'CN=evil.example',
    notBefore: new Date(Date.now() - 2 * DAY),
    notAfter: new Date(Date.now() - DAY),
    keys,
    signingAlgorithm: ALG,
    extensions: [new x509.SubjectAlternativeNameExtension(names)],
  })
  return { keys, der: Buffer.from(cert.rawData) }
}

const pem = (der: Buffer) =>
  `-----BEGIN CERTIFICATE-----\n${der.toString('base64').replace(/.{64}/g, '$&\n')}\n-----END CERTIFICATE-----\n`

const closers: (() => Promise<unknown>)[] = []
async function serve(key: CryptoKey, chainPem: string): Promise<number> {
  // Security level 0: OpenSSL would otherwise refuse to load a chain with an undecodable key.
  const options = { key: keyPem(key), cert: chainPem, ciphers: 'DEFAULT:@SECLEVEL=0' }
  const server = tls.createServer(options, (s) => s.end())
  server.on('tlsClientError', () => undefined)
  closers.push(() => new Promise((r) => server.close(r)))
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  return (server.address() as AddressInfo).port
}
afterAll(() => Promise.all(closers.map((close) => close())))

describe('hostile certificates', () => {
  it('reads SAN entries split only outside quoted values', () => {
    expect(parseSubjectAltName('URI:"http://a\\u002cDNS:", DNS:real.hk')).toEqual({
      dns: ['real.hk'],
      ip: [],
    })
    expect(parseSubjectAltName('DNS:"a\\u002cb.hk", IP Address:192.0.2.1')).toEqual({
      dns: ['a,b.hk'],
      ip: ['192.0.2.1'],
    })
    expect(parseSubjectAltName('DNS:"unterminated, DNS:x.hk').dns).toEqual([
      '"unterminated',
      'x.hk',
    ])
  })

  it('records the handshake when a SAN value spells out another SAN', async () => {
    const leaf = await expiredCert([
      { type: 'url', value: 'http://a,DNS:' },
      { type: 'dns', value: 'evil.example' },
    ])
    const port = await serve(leaf.keys.privateKey, pem(leaf.der))
    const { collected } = await scanTls(port, (await createTestPki()).caFile, {
      http: false,
      timeoutMs: 10_000,
    })
    expect(collected.errors.TlsHandshake).toBeUndefined()
    expect(collected.values.TlsHandshake?.chain[0]?.subjectAltNames.dns).toEqual(['evil.example'])
  }, 15_000)

  it('records the handshake when the CA Issuers certificate has a key that does not decode', async () => {
    const caKeys = await ecKeys()
    const ca = await caCert('CN=Evil CA', caKeys, { name: 'CN=Evil Root', keys: await ecKeys() })
    const caDer = Buffer.from(ca.rawData)
    caDer[caDer.indexOf(Buffer.from('034200', 'hex')) + 3] = 0x09 // not an EC point encoding
    const aia = http.createServer((_req, res) => res.end(caDer))
    await new Promise<void>((r) => aia.listen(0, '127.0.0.1', r))
    closers.push(() => new Promise((r) => aia.close(r)))
    const leafKeys = await ecKeys()
    const leaf = await leafCert({
      keys: leafKeys,
      subject: 'CN=localhost',
      hosts: ['localhost'],
      notBefore: new Date(Date.now() - 2 * DAY),
      notAfter: new Date(Date.now() - DAY),
      issuer: { name: 'CN=Evil CA', keys: caKeys },
      caIssuers: `http://127.0.0.1:${(aia.address() as AddressInfo).port}/ca.der`,
    })
    const port = await serve(leafKeys.privateKey, certPem(leaf))
    const { collected, result } = await scanTls(port, (await createTestPki()).caFile, {
      http: false,
      timeoutMs: 10_000,
    })
    expect(collected.errors.TlsHandshake).toBeUndefined()
    expect(collected.values.TlsHandshake?.trust.aia?.url).toMatch(/\/ca\.der$/)
    expect(result.rules.find((r) => r.ruleId === 'certificate-expired')?.status).toBe('fail')
  }, 15_000)
})
