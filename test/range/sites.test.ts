import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { get } from './client.ts'
import { startRange } from './index.ts'
import type { Range } from './index.ts'
import { PRESETS, PRESET_NAMES, presetSites } from './sites.ts'

let range: Range

beforeAll(async () => {
  range = await startRange(presetSites())
})

afterAll(() => range.close())

describe('presets', () => {
  it('lists every preset once and hands out fresh objects', () => {
    expect(new Set(PRESET_NAMES).size).toBe(PRESET_NAMES.length)
    expect(presetSites().map((s) => s.name)).toEqual(PRESET_NAMES)
    expect(PRESETS.clean).not.toBe(PRESETS.clean)
    expect(PRESETS.clean.headers).not.toBe(PRESETS.clean.headers)
  })

  it('starts every preset and serves its home page', async () => {
    for (const name of PRESET_NAMES) {
      // Trust is not the point here (several presets are broken on purpose): only that it serves.
      const res = await get(range.site(name).url, {
        rejectUnauthorized: false,
        ciphers: 'ALL:@SECLEVEL=0',
      })
      expect(res.status, name).toBe(200)
    }
  })

  it('gives clean and no-hsts an HTTP redirect, and HSTS only to clean', async () => {
    for (const name of ['clean', 'no-hsts']) {
      const site = range.site(name)
      const res = await get(site.httpUrl ?? '')
      expect([res.status, res.headers.location]).toEqual([301, site.url])
    }
    const noHsts = await get(range.site('no-hsts').url, { ca: range.pki.rootPem })
    expect(noHsts.headers['strict-transport-security']).toBeUndefined()
    expect(range.site('http-only').url.startsWith('http:')).toBe(true)
    expect(range.site('weak').httpUrl).toBeUndefined()
  })
})
