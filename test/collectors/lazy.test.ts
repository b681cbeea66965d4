import { describe, expect, it } from 'vitest'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { LAZY_COLLECTORS } from '../../scanner/collectors/lazy.ts'

describe('LAZY_COLLECTORS', () => {
  it('loads, for each name, the collector of that artifact', async () => {
    for (const lazy of LAZY_COLLECTORS) {
      expect((await lazy.load()).name).toBe(lazy.name)
    }
  })

  it('lists every collector module, once', () => {
    const dir = join(import.meta.dirname, '../../scanner/collectors')
    const helpers = new Set([
      'areas.ts',
      'fetch-text.ts',
      'follow-redirects.ts',
      'https-origin.ts',
      'index.ts',
      'lazy.ts',
      'tls-session-for.ts',
      'types.ts',
    ])
    const modules = readdirSync(dir).filter((f) => f.endsWith('.ts') && !helpers.has(f))
    const names = LAZY_COLLECTORS.map((c) => c.name)
    expect(new Set(names).size).toBe(names.length)
    expect(names.length).toBe(modules.length)
  })
})
