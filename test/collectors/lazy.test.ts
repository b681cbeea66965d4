import { describe, expect, it } from 'vitest'
import { COLLECTORS } from '../../scanner/collectors/index.ts'
import { LAZY_COLLECTORS } from '../../scanner/collectors/lazy.ts'

describe('LAZY_COLLECTORS', () => {
  it('lists the same collectors as COLLECTORS, in the same order', () => {
    expect(LAZY_COLLECTORS.map((c) => c.name)).toEqual(COLLECTORS.map((c) => c.name))
  })

  it('loads, for each name, the very collector COLLECTORS holds', async () => {
    for (const [i, lazy] of LAZY_COLLECTORS.entries()) {
      expect(await lazy.load()).toBe(COLLECTORS[i])
    }
  })
})
