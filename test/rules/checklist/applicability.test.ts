import { describe, expect, it } from 'vitest'
import {
  applicableItems,
  isApplicable,
  profileTags,
} from '../../../rules/checklist/applicability.ts'
import { getItem } from '../../../rules/checklist/model.ts'
import { ROOM, SAAS } from './helpers.ts'

const ids = (profile: Parameters<typeof applicableItems>[0]) =>
  applicableItems(profile).map((i) => i.id)

describe('applicability', () => {
  it('SaaS-only SME with a website and own mail domain gets 54 items', () => {
    expect(ids(SAAS)).toHaveLength(54)
    expect(ids(SAAS)).not.toContain('PHY-01')
    expect(ids(SAAS)).toContain('VEN-02')
  })

  it('adding cloud servers gives 55', () => {
    expect(ids({ ...SAAS, 'PQ-1': ['saas_only', 'cloud_iaas'] })).toHaveLength(55)
  })

  it('own server room, website and mail domain gets 67 items', () => {
    const room = ids(ROOM)
    expect(room).toHaveLength(67)
    expect(room).toContain('PHY-01')
    expect(room).toContain('ENV-01')
    // Provider assurance is asked of website owners too (the site is hosted somewhere) ...
    expect(room).toContain('VEN-02')
    // ... but not of a firm that runs everything in its own room.
    expect(ids({ 'PQ-1': ['onprem_room'], 'PQ-2': 'none' })).not.toContain('VEN-02')
  })

  it('PQ-1 is multi-select: room plus colocation unions the tags', () => {
    const tags = profileTags({ 'PQ-1': ['onprem_room', 'colo'] })
    expect([...tags].sort()).toEqual(['all', 'colo', 'onprem_room'])
    expect(ids({ 'PQ-1': ['onprem_room', 'colo'] })).toContain('VEN-02')
  })

  it('PQ-2 sets website unless none', () => {
    expect(profileTags({ 'PQ-2': 'none' }).has('website')).toBe(false)
    expect(profileTags({}).has('website')).toBe(false)
    for (const v of ['self', 'host', 'agency', 'builder'] as const) {
      expect(profileTags({ 'PQ-2': v }).has('website'), v).toBe(true)
    }
    expect(ids({ ...SAAS, 'PQ-2': 'none' })).not.toContain('WEB-01')
  })

  it('PQ-3 sets own_mail_domain: WEB-08 only with an own domain', () => {
    expect(ids({ 'PQ-1': ['saas_only'], 'PQ-3': true })).toContain('WEB-08')
    expect(ids({ 'PQ-1': ['saas_only'], 'PQ-3': false })).not.toContain('WEB-08')
    // WEB-10 applies to a website or an own mail domain.
    expect(ids({ 'PQ-3': true })).toContain('WEB-10')
  })

  it('an empty profile shows only the 36 items for everyone', () => {
    expect(ids({})).toHaveLength(36)
    const item = getItem('GOV-01')!
    expect(isApplicable(item, new Set(['all']))).toBe(true)
  })
})
