import crypto from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { handshake } from './client.ts'
import { dhParamsPem } from './dh.ts'
import { startRange } from './index.ts'
import { effectiveCiphers } from './tls-options.ts'

const modp2 = crypto.getDiffieHellman('modp2')
const DH1024 = dhParamsPem(modp2.getPrime(), modp2.getGenerator())

describe('effectiveCiphers', () => {
  it('leaves ordinary sites alone', () => {
    expect(effectiveCiphers({})).toBeUndefined()
    expect(effectiveCiphers({ ciphers: 'ECDHE+AESGCM' })).toBe('ECDHE+AESGCM')
  })

  it('drops to security level 0 only where OpenSSL 3 would refuse the site', () => {
    expect(effectiveCiphers({ cert: 'weak-key' })).toBe('DEFAULT:@SECLEVEL=0')
    expect(effectiveCiphers({ extraCerts: ['sha1'] })).toBe('DEFAULT:@SECLEVEL=0')
    expect(effectiveCiphers({ minVersion: 'TLSv1.1', ciphers: 'ALL' })).toBe('ALL:@SECLEVEL=0')
    expect(effectiveCiphers({ dhparam: DH1024 })).toBe('DEFAULT:@SECLEVEL=0')
    expect(effectiveCiphers({ minVersion: 'TLSv1', ciphers: 'ALL:@SECLEVEL=1' })).toBe(
      'ALL:@SECLEVEL=1'
    )
  })
})

describe('a site with only a 1024-bit dhparam', () => {
  it('starts and negotiates DHE with that group', async () => {
    const range = await startRange([{ name: 'dh', tls: { dhparam: DH1024 } }])
    try {
      const socket = await handshake({
        host: '127.0.0.1',
        port: range.site('dh').port,
        ca: range.pki.rootPem,
        maxVersion: 'TLSv1.2',
        ciphers: 'DHE-RSA-AES128-GCM-SHA256:@SECLEVEL=0',
      })
      expect(socket.getEphemeralKeyInfo()).toMatchObject({ type: 'DH', size: 1024 })
      socket.destroy()
    } finally {
      await range.close()
    }
  })
})
