import { describe, expect, it } from 'vitest'
import { ALL_GUIDANCE, profileGuidance } from '../../../rules/checklist/guidance.ts'
import { getItem } from '../../../rules/checklist/model.ts'

const item = (id: string) => {
  const found = getItem(id)
  if (found === undefined) throw new Error(id)
  return found
}

describe('profile guidance', () => {
  it('adds regulator notes to GOV-04, VEN-05 and IR-03 only for the chosen regulators', () => {
    expect(profileGuidance(item('GOV-04'), {})).toEqual([])
    const sfc = profileGuidance(item('GOV-04'), { 'PQ-4': ['sfc'] })
    expect(sfc).toHaveLength(1)
    expect(sfc[0]?.en).toContain('SFC')
    expect(sfc[0]?.['zh-HK']).toContain('證監會')
    expect(profileGuidance(item('IR-03'), { 'PQ-4': ['cap653', 'card'] })[0]?.en).toContain(
      'Cap. 653'
    )
    expect(profileGuidance(item('IR-03'), { 'PQ-4': ['none'] })).toEqual([])
    expect(profileGuidance(item('NET-01'), { 'PQ-4': ['sfc', 'hkma', 'cap653'] })).toEqual([])
  })

  it('adds the PDPO note to AST and BCK items when personal data is held', () => {
    expect(profileGuidance(item('AST-02'), { 'PQ-5': true })[0]?.['zh-HK']).toContain(
      '《個人資料（私隱）條例》'
    )
    expect(profileGuidance(item('BCK-01'), { 'PQ-5': true })).toHaveLength(1)
    expect(profileGuidance(item('BCK-01'), { 'PQ-5': false })).toEqual([])
    expect(profileGuidance(item('GOV-01'), { 'PQ-5': true })).toEqual([])
  })

  it('every note is bilingual', () => {
    for (const note of ALL_GUIDANCE) {
      expect(note.en.trim()).not.toBe('')
      expect(note['zh-HK']).toMatch(/[\u3400-\u9fff]/)
    }
  })
})
