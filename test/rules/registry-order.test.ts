import { describe, expect, it } from 'vitest'
import { RULES } from '../../rules/registry.ts'

describe('RULES order', () => {
  it('is the locale order of the ids (what reports list by)', () => {
    const ids = RULES.map((r) => r.meta.id)
    expect(ids).toEqual([...ids].sort((a, b) => a.localeCompare(b)))
    expect(ids.every((id) => /^[a-z0-9-]+$/.test(id))).toBe(true)
  })
})
