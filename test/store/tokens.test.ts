import { describe, expect, it } from 'vitest'
import { hashToken, isWellFormedToken, newId, newToken } from '../../scanner/store/ids.ts'

describe('API tokens and ids', () => {
  it('makes prefixed tokens with a checksum that catches typos', () => {
    const token = newToken()
    expect(token).toMatch(/^hs_[0-9A-Za-z]{43}[0-9a-f]{6}$/)
    expect(isWellFormedToken(token)).toBe(true)
    const typo = `${token.slice(0, 10)}${token[10] === 'a' ? 'b' : 'a'}${token.slice(11)}`
    expect(isWellFormedToken(typo)).toBe(false)
    expect(isWellFormedToken('hs_short')).toBe(false)
    expect(newToken()).not.toBe(token)
  })

  it('stores only a SHA-256 of the token', () => {
    const token = newToken()
    expect(hashToken(token)).toMatch(/^[0-9a-f]{64}$/)
    expect(hashToken(token)).not.toContain(token.slice(3, 20))
  })

  it('makes unguessable, time-ordered ids', () => {
    const ids = Array.from({ length: 1000 }, newId)
    expect(new Set(ids).size).toBe(1000)
    expect(ids.every((id) => /^[0-9a-z]{9}[0-9a-f]{20}$/.test(id))).toBe(true)
  })
})
