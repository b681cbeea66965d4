import { describe, expect, it } from 'vitest'
import { isTokenShaped } from '../../web/token.ts'

describe('isTokenShaped', () => {
  it('accepts hs_ tokens and refuses anything else', () => {
    expect(isTokenShaped('hs_abcdefghijklmnop_QRST-123')).toBe(true)
    expect(isTokenShaped('hs_short')).toBe(false)
    expect(isTokenShaped('Bearer hs_abcdefghijklmnop')).toBe(false)
    expect(isTokenShaped('hs_abcdefghijklmnop\nX-Evil: 1')).toBe(false)
    expect(isTokenShaped('')).toBe(false)
  })
})
