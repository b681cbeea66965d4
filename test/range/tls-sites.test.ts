import { X509Certificate } from 'node:crypto'
import tls from 'node:tls'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { handshake } from './client.ts'
import { startRange } from './index.ts'
import type { Range } from './index.ts'
import { presetSites } from './sites.ts'

let range: Range
const LEVEL0 = 'ALL:@SECLEVEL=0'

beforeAll(async () => {
  const presets = presetSites([
    'clean',
    'expired',
    'wrong-name',
    'self-signed',
    'incomplete-chain',
    'sha1',
    'weak-key',
    'dual-cert',
    'weak',
  ])
  range = await startRange([
    ...presets,
    { name: 'staple', tls: { ocspResponse: Buffer.from('fake-ocsp-response') } },
  ])
})

afterAll(() => range.close())

function tlsOptions(name: string, extra: tls.ConnectionOptions = {}): tls.ConnectionOptions {
  return { host: '127.0.0.1', port: range.site(name).port, ca: range.pki.rootPem, ...extra }
}

describe('range TLS sites', () => {
  it('makes weak accept a TLSv1 handshake and a 1024-bit DH group', async () => {
    const v1 = await handshake(
      tlsOptions('weak', { minVersion: 'TLSv1', maxVersion: 'TLSv1', ciphers: LEVEL0 })
    )
    expect(v1.getProtocol()).toBe('TLSv1')
    v1.destroy()
    const dhe = await handshake(
      tlsOptions('weak', {
        maxVersion: 'TLSv1.2',
        ciphers: 'DHE-RSA-AES128-GCM-SHA256:@SECLEVEL=0',
      })
    )
    expect(dhe.getEphemeralKeyInfo()).toMatchObject({ type: 'DH', size: 1024 })
    dhe.destroy()
  })

  it('makes weak accept anonymous key exchange (no certificate at all)', async () => {
    const anon = await handshake(
      tlsOptions('weak', {
        maxVersion: 'TLSv1.2',
        ciphers: 'aNULL:@SECLEVEL=0',
        rejectUnauthorized: false,
      })
    )
    expect(anon.getCipher().name).toMatch(/^A(EC)?DH-/)
    expect(anon.getPeerCertificate().raw).toBeUndefined()
    anon.destroy()
  })

  it('refuses TLSv1 on clean', async () => {
    await expect(
      handshake(tlsOptions('clean', { minVersion: 'TLSv1', maxVersion: 'TLSv1', ciphers: LEVEL0 }))
    ).rejects.toThrow()
  })

  it('shows each broken certificate to a client that trusts the test root', async () => {
    const cases: Array<[string, string]> = [
      ['expired', 'CERT_HAS_EXPIRED'],
      ['self-signed', 'DEPTH_ZERO_SELF_SIGNED_CERT'],
      ['incomplete-chain', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE'],
    ]
    for (const [name, code] of cases) {
      const socket = await handshake(tlsOptions(name, { rejectUnauthorized: false }))
      expect(socket.authorizationError, name).toBe(code)
      socket.destroy()
    }
    const wrong = await handshake(tlsOptions('wrong-name', { rejectUnauthorized: false }))
    // The chain verifies; only the name check fails (Node runs it after chain verification).
    expect(wrong.authorizationError).toBe('ERR_TLS_CERT_ALTNAME_INVALID')
    const identity = tls.checkServerIdentity('127.0.0.1', wrong.getPeerCertificate())
    expect(identity?.message).toMatch(/IP: 127\.0\.0\.1 is not in the cert's list/)
    wrong.destroy()
  })

  it('points the incomplete chain at the intermediate through AIA CA Issuers', async () => {
    const socket = await handshake(tlsOptions('incomplete-chain', { rejectUnauthorized: false }))
    const leaf = socket.getPeerX509Certificate()
    socket.destroy()
    expect(range.aiaUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/intermediate\.der$/)
    expect(leaf?.infoAccess?.trim()).toBe(`CA Issuers - URI:${range.aiaUrl}`)
    const fetched = await fetch(range.aiaUrl ?? '', { signal: AbortSignal.timeout(5000) })
    expect(fetched.headers.get('content-type')).toBe('application/pkix-cert')
    const intermediate = new X509Certificate(Buffer.from(await fetched.arrayBuffer()))
    expect(intermediate.raw.equals(new X509Certificate(range.pki.intermediatePem).raw)).toBe(true)
    expect(leaf?.checkIssued(intermediate)).toBe(true)
  })

  it('really serves the RSA-1024 and SHA-1 leaves (seen at security level 0)', async () => {
    const weakKey = await handshake(tlsOptions('weak-key', { ciphers: LEVEL0 }))
    expect(weakKey.getPeerCertificate().bits).toBe(1024)
    weakKey.destroy()
    const sha1 = await handshake(tlsOptions('sha1', { ciphers: LEVEL0 }))
    expect(sha1.authorized).toBe(true)
    const raw = sha1.getPeerX509Certificate()?.raw ?? Buffer.alloc(0)
    expect(raw.includes(Buffer.from('06092a864886f70d010105', 'hex'))).toBe(true)
    sha1.destroy()
  })

  it('serves both chains of the dual-cert site', async () => {
    const opts = { maxVersion: 'TLSv1.2' } as const
    const ecdsa = await handshake(tlsOptions('dual-cert', { ...opts, ciphers: 'aECDSA' }))
    expect(ecdsa.getPeerCertificate().asn1Curve).toBe('prime256v1')
    ecdsa.destroy()
    const rsa = await handshake(tlsOptions('dual-cert', { ...opts, ciphers: 'aRSA' }))
    expect(rsa.getPeerCertificate().bits).toBe(2048)
    rsa.destroy()
  })

  it('staples the configured OCSP response', async () => {
    const socket = tls.connect(tlsOptions('staple', { requestOCSP: true }))
    const staple = await new Promise<Buffer>((resolve, reject) => {
      socket.once('OCSPResponse', resolve)
      socket.once('error', reject)
    })
    expect(staple.toString()).toBe('fake-ocsp-response')
    socket.destroy()
  })
})
