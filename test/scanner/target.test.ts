import { describe, expect, it } from 'vitest'
import { TargetError } from '../../scanner/errors.ts'
import { originOf, parseResolveOption, parseTarget } from '../../scanner/target.ts'

describe('parseTarget', () => {
  it('defaults a bare name to https on port 443', () => {
    const t = parseTarget('Example.COM')
    expect(t).toMatchObject({
      scheme: 'https',
      host: 'example.com',
      port: 443,
      explicitPort: false,
      path: '/',
      isIpLiteral: false,
    })
    expect(t.url).toBe('https://example.com/')
  })

  it('keeps an explicit port and path, drops the fragment', () => {
    const t = parseTarget('https://example.com:8443/shop?q=1#top')
    expect(t).toMatchObject({ port: 8443, explicitPort: true, path: '/shop?q=1' })
    expect(t.url).toBe('https://example.com:8443/shop?q=1')
  })

  it('treats host:port without a scheme as https', () => {
    expect(parseTarget('example.com:8443')).toMatchObject({ scheme: 'https', port: 8443 })
  })

  it('converts international names to punycode and keeps the Unicode form', () => {
    const t = parseTarget('https://bücher.example.hk/')
    expect(t.host).toBe('xn--bcher-kva.example.hk')
    expect(t.hostUnicode).toBe('bücher.example.hk')
  })

  it('accepts IPv6 literals', () => {
    const t = parseTarget('https://[2001:db8::1]:8443/')
    expect(t).toMatchObject({ host: '2001:db8::1', isIpLiteral: true, port: 8443 })
    expect(originOf('https', t.host, t.port)).toBe('https://[2001:db8::1]:8443')
  })

  it.each([
    ['http://2130706433/', '127.0.0.1'],
    ['http://0x7f.0.0.1/', '127.0.0.1'],
    ['http://0177.0.0.1/', '127.0.0.1'],
    ['http://[::ffff:127.0.0.1]/', '::ffff:7f00:1'],
  ])('normalises the odd address form %s to %s', (input, host) => {
    expect(parseTarget(input)).toMatchObject({ host, isIpLiteral: true })
  })

  it.each([
    ['ftp://example.com/', 'E_TARGET_SCHEME'],
    ['file:///etc/passwd', 'E_TARGET_SCHEME'],
    ['javascript:alert(1)', 'E_TARGET_SCHEME'],
    ['gopher://example.com:70/', 'E_TARGET_SCHEME'],
    ['https://user:secret@example.com/', 'E_TARGET_CREDENTIALS'],
    ['https://user@example.com/', 'E_TARGET_CREDENTIALS'],
    ['', 'E_TARGET_EMPTY'],
    ['   ', 'E_TARGET_EMPTY'],
    ['exa mple.com', 'E_TARGET_INVALID'],
    ['https://example..com/', 'E_TARGET_INVALID'],
    [`https://${'a'.repeat(64)}.com/`, 'E_TARGET_INVALID'],
    ['https://example.com:99999/', 'E_TARGET_INVALID'],
    ['http://exa_mple!.com/', 'E_TARGET_INVALID'],
  ])('refuses %j with %s', (input, code) => {
    let error: unknown
    try {
      parseTarget(input)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(TargetError)
    expect((error as TargetError).code).toBe(code)
  })
})

describe('parseResolveOption', () => {
  it('parses host:port:address like curl', () => {
    expect(parseResolveOption('www.example.com:443:127.0.0.1')).toEqual([
      'www.example.com:443',
      '127.0.0.1',
    ])
    expect(parseResolveOption('example.com:8443:[::1]')).toEqual(['example.com:8443', '::1'])
  })

  it('refuses a value without an IP address', () => {
    expect(() => parseResolveOption('example.com:443:other.example')).toThrow(/host:port:address/)
    expect(() => parseResolveOption('example.com')).toThrow(/host:port:address/)
  })
})
