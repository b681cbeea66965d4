/** The IANA suite table agrees with OpenSSL on every suite OpenSSL knows, and classifies the rest. */
import { execFileSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import {
  cipherSuites,
  isInsecureSuite,
  isWeakSuite,
  suiteById,
} from '../../../rules/lib/cipher-suites.ts'

describe('cipher-suite table', () => {
  it('matches openssl ciphers -V on bits and AEAD for every OpenSSL suite', () => {
    const out = execFileSync('openssl', ['ciphers', '-V', 'ALL:COMPLEMENTOFALL:@SECLEVEL=0'], {
      encoding: 'utf8',
    })
    let checked = 0
    for (const m of out.matchAll(
      /0x(..),0x(..) - (\S+)\s+\S+\s+Kx=\S+\s+Au=\S+\s+Enc=(?:\S+\((\d+)\)|None)\s+Mac=(\S+)/g
    )) {
      const suite = suiteById(parseInt(m[1]! + m[2]!, 16))
      expect(suite, m[3]).toBeDefined()
      expect(suite!.openssl).toBe(m[3])
      expect(suite!.bits, m[3]).toBe(Number(m[4] ?? 0))
      expect(suite!.aead, m[3]).toBe(m[5] === 'AEAD')
      checked++
    }
    expect(checked).toBeGreaterThan(155)
  })

  it('holds the registry, including what OpenSSL lacks', () => {
    expect(cipherSuites().length).toBeGreaterThan(350)
    expect(new Set(cipherSuites().map((s) => s.id)).size).toBe(cipherSuites().length)
    expect(suiteById(0x000a)).toMatchObject({ enc: '3DES', bits: 112, block64: true, fs: false })
    expect(suiteById(0xc011)).toMatchObject({ enc: 'RC4', kx: 'ECDHE', fs: true })
    expect(suiteById(0x0003)).toMatchObject({ export: true, bits: 40 })
    expect(suiteById(0x1305)).toMatchObject({ tls13: true, aead: true, minVersion: 'TLSv1.3' })
  })

  it('classifies insecure and weak suites apart', () => {
    const insecure = [0x0000, 0x0001, 0x0003, 0x0005, 0x0009, 0x0034, 0xc019]
    const weak = [0x000a, 0x0007, 0xc012]
    const fine = [0xc02f, 0x1301, 0x002f, 0xcca8]
    for (const id of insecure) expect(isInsecureSuite(suiteById(id)!), id.toString(16)).toBe(true)
    for (const id of weak) expect(isWeakSuite(suiteById(id)!), id.toString(16)).toBe(true)
    for (const id of fine) {
      expect(isInsecureSuite(suiteById(id)!)).toBe(false)
      expect(isWeakSuite(suiteById(id)!)).toBe(false)
    }
  })
})
