import { describe, expect, it } from 'vitest'
import { withSharedContext } from '../../scanner/net/secure-context.ts'

describe('withSharedContext', () => {
  it('reuses one context for the same context options, whatever the per-socket options', () => {
    const a = withSharedContext({ minVersion: 'TLSv1', ciphers: 'DEFAULT', ALPNProtocols: ['h2'] })
    const b = withSharedContext({ minVersion: 'TLSv1', ciphers: 'DEFAULT', requestOCSP: true })
    expect(a.secureContext).toBeDefined()
    expect(b.secureContext).toBe(a.secureContext)
    expect(b.requestOCSP).toBe(true)
  })

  it('builds separate contexts for different protocol ranges, ciphers or roots', () => {
    const base = withSharedContext({ minVersion: 'TLSv1', maxVersion: 'TLSv1' }).secureContext
    const other = [
      withSharedContext({ minVersion: 'TLSv1', maxVersion: 'TLSv1.1' }),
      withSharedContext({ minVersion: 'TLSv1', maxVersion: 'TLSv1', ciphers: 'kDHE' }),
      withSharedContext({ minVersion: 'TLSv1', maxVersion: 'TLSv1', ca: [] }),
    ].map((o) => o.secureContext)
    expect(new Set([base, ...other]).size).toBe(4)
  })

  it('leaves options it does not know (client certificates) to tls.connect', () => {
    const options = { minVersion: 'TLSv1' as const, cert: 'x', key: 'y' }
    expect(withSharedContext(options)).toBe(options)
  })
})
