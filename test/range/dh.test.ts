import crypto from 'node:crypto'
import tls from 'node:tls'
import { describe, expect, it } from 'vitest'
import { dhParamsPem, dhPrimeBits } from './dh.ts'

describe('dhParamsPem', () => {
  it('encodes PKCS#3 DH parameters that OpenSSL loads', () => {
    // RFC 2409 group 2: a known 1024-bit prime, so this test needs no prime generation.
    const group = crypto.getDiffieHellman('modp2')
    const pem = dhParamsPem(group.getPrime(), group.getGenerator())
    expect(pem).toMatch(
      /^-----BEGIN DH PARAMETERS-----\n[A-Za-z0-9+/=\n]+-----END DH PARAMETERS-----\n$/
    )
    const der = Buffer.from(pem.split('\n').slice(1, -2).join(''), 'base64')
    // SEQUENCE { INTEGER (0x00 + 128 bytes), INTEGER 2 }
    expect(der.subarray(0, 7)).toEqual(Buffer.from([0x30, 0x81, 0x87, 0x02, 0x81, 0x81, 0x00]))
    expect(der.subarray(-3)).toEqual(Buffer.from([0x02, 0x01, 0x02]))
    // At the default security level OpenSSL refuses any 1024-bit group, hence level 0.
    expect(() =>
      tls.createSecureContext({ dhparam: pem, ciphers: 'DEFAULT:@SECLEVEL=0' })
    ).not.toThrow()
  })

  it('reads the prime size back', () => {
    const modp2 = crypto.getDiffieHellman('modp2')
    const modp14 = crypto.getDiffieHellman('modp14')
    expect(dhPrimeBits(dhParamsPem(modp2.getPrime(), modp2.getGenerator()))).toBe(1024)
    expect(dhPrimeBits(dhParamsPem(modp14.getPrime(), modp14.getGenerator()))).toBe(2048)
    expect(dhPrimeBits('not a pem')).toBe(0)
  })
})
