import { describe, expect, it } from 'vitest'
import { en } from '../../web/i18n/en.ts'
import { format } from '../../web/i18n/index.ts'
import { zhHK } from '../../web/i18n/zh-HK.ts'

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

describe('interface text', () => {
  it('has every English key in Traditional Chinese, none empty', () => {
    expect(Object.keys(zhHK).sort()).toEqual(Object.keys(en).sort())
    for (const [key, value] of Object.entries(zhHK)) expect(value.trim(), key).not.toBe('')
  })

  it('keeps the same placeholders in both languages', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(zhHK[key]), key).toEqual(placeholders(en[key]))
    }
  })

  it('fills placeholders as plain text and leaves unknown ones', () => {
    expect(format('{a} and {b}', { a: '<b>x</b>' })).toBe('<b>x</b> and {b}')
  })
})
