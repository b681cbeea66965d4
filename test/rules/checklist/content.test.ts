import { Ajv2020 } from 'ajv/dist/2020.js'
import { describe, expect, it } from 'vitest'
import {
  ITEM_JSON_SCHEMA,
  LOCALIZED_ITEM_JSON_SCHEMA,
  itemInLocale,
} from '../../../rules/checklist/item-schema.ts'
import {
  DOMAINS,
  ITEMS,
  SCAN_CHECKS,
  SCAN_LINKS,
  SOURCES,
  getScanCheck,
  getSource,
} from '../../../rules/checklist/model.ts'
import { LOCALES } from '../../../rules/checklist/types.ts'

const ajv = new Ajv2020({ allErrors: true, strict: false })
const validateDraft = ajv.compile(ITEM_JSON_SCHEMA)
const validateLocalized = ajv.compile(LOCALIZED_ITEM_JSON_SCHEMA)

describe('checklist content', () => {
  it('has all 69 seed items (at least 60) with unique DOM-NN ids', () => {
    expect(ITEMS.length).toBe(69)
    expect(ITEMS.length).toBeGreaterThanOrEqual(60)
    const ids = ITEMS.map((i) => i.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) expect(id).toMatch(/^[A-Z]{2,3}-[0-9]{2}$/)
  })

  it.each(ITEMS.map((i) => [i.id, i] as const))(
    '%s validates against the item schemas',
    (_, item) => {
      expect(validateLocalized(item), JSON.stringify(validateLocalized.errors)).toBe(true)
      for (const locale of LOCALES) {
        const projected = itemInLocale(item, locale)
        expect(validateDraft(projected), JSON.stringify(validateDraft.errors)).toBe(true)
      }
    }
  )

  it('rejects an item that breaks the schema', () => {
    const bad = { ...ITEMS[0], id: 'gov-1', how_to_comply: [] }
    expect(validateLocalized(bad)).toBe(false)
    expect(validateDraft(itemInLocale(ITEMS[0]!, 'en'))).toBe(true)
    expect(validateDraft({ ...itemInLocale(ITEMS[0]!, 'en'), title: ITEMS[0]!.title })).toBe(false)
  })

  it('ids follow their domain and every domain has items', () => {
    for (const item of ITEMS) expect(item.id.split('-')[0]).toBe(item.domain)
    for (const d of DOMAINS)
      expect(
        ITEMS.some((i) => i.domain === d.id),
        d.id
      ).toBe(true)
    expect(DOMAINS.map((d) => d.id)).toHaveLength(13)
  })

  it('weights follow severity and totals match checklist.md', () => {
    const weight = { critical: 5, high: 3, medium: 2, low: 1 }
    for (const item of ITEMS) expect(item.weight, item.id).toBe(weight[item.severity])
    const count = (f: (i: (typeof ITEMS)[number]) => boolean) => ITEMS.filter(f).length
    expect(count((i) => i.severity === 'critical')).toBe(11)
    expect(count((i) => i.severity === 'high')).toBe(29)
    expect(count((i) => i.severity === 'medium')).toBe(25)
    expect(count((i) => i.severity === 'low')).toBe(4)
    expect([1, 2, 3].map((l) => count((i) => i.level === l))).toEqual([40, 26, 3])
  })

  it('every item keeps an unmapped DPO practice-guide slot', () => {
    for (const item of ITEMS) {
      expect(item.dpo_pgdcs.clause).toBeNull()
      expect(item.dpo_pgdcs.status).toBe('unmapped')
    }
  })

  it('every source citation resolves into the sources catalogue', () => {
    expect(new Set(SOURCES.map((s) => s.ref)).size).toBe(SOURCES.length)
    for (const item of ITEMS) {
      expect(item.sources.length).toBeGreaterThan(0)
      for (const s of item.sources) {
        expect(getSource(s.ref), `${item.id} cites ${s.ref}`).toBeDefined()
        expect(s.clause.trim()).not.toBe('')
      }
    }
  })

  it('every scan check named by an item exists, and checks and items agree', () => {
    expect(new Set(SCAN_CHECKS.map((c) => c.id)).size).toBe(SCAN_CHECKS.length)
    for (const item of ITEMS) {
      if (!item.scan.linkable) {
        expect(item.scan.checks ?? []).toEqual([])
        continue
      }
      expect(item.scan.relation, item.id).toBeDefined()
      for (const id of item.scan.checks ?? []) {
        const check = getScanCheck(id)
        expect(check, `${item.id} → ${id}`).toBeDefined()
        expect(check?.mapsTo, `${id} maps back to ${item.id}`).toContain(item.id)
      }
    }
    for (const check of SCAN_CHECKS) {
      for (const itemId of check.mapsTo) {
        const item = ITEMS.find((i) => i.id === itemId)
        expect(item?.scan.checks, `${check.id} → ${itemId}`).toContain(check.id)
      }
    }
  })

  it('has 22 linkable items: 8 verifies, 8 can_contradict, 6 indicates', () => {
    const linkable = ITEMS.filter((i) => i.scan.linkable)
    expect(linkable).toHaveLength(22)
    const by = (r: string) => linkable.filter((i) => i.scan.relation === r).length
    expect([by('verifies'), by('can_contradict'), by('indicates')]).toEqual([8, 8, 6])
    expect(SCAN_LINKS.find((l) => l.checkId === 'SC-TLS-01' && l.itemId === 'WEB-01')).toEqual({
      checkId: 'SC-TLS-01',
      itemId: 'WEB-01',
      relation: 'verifies',
    })
  })
})
