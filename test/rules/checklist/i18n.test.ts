import { describe, expect, it } from 'vitest'
import { ALL_GUIDANCE } from '../../../rules/checklist/guidance.ts'
import {
  ANSWER_OPTIONS,
  EVIDENCE_LABELS,
  MATURITY_LEVELS,
  NEEDS_CHECKING,
  RELATION_LABELS,
  RISK_BAND_LABELS,
  SCAN_SCOPE_NOTE,
} from '../../../rules/checklist/labels.ts'
import {
  DOMAINS,
  ITEMS,
  PROFILE_QUESTIONS,
  SCAN_CHECKS,
  SOURCES,
} from '../../../rules/checklist/model.ts'

const CJK = /[\u3400-\u9fff]/
/** Simplified-only forms; none should appear in Hong Kong Traditional Chinese. */
const SIMPLIFIED =
  /[这们说时护设备资网据务证码户术统络访问题个为对从发现关图书电脑软数员进续险认让实签线档储云业]/u

interface Found {
  path: string
  en: unknown
  zh: unknown
}

/** Every { en, 'zh-HK' } object inside `value`, with where it was found. */
function localized(value: unknown, path: string, out: Found[] = []): Found[] {
  if (Array.isArray(value)) value.forEach((v, i) => localized(v, `${path}[${i}]`, out))
  else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>
    if ('en' in record || 'zh-HK' in record) out.push({ path, en: record.en, zh: record['zh-HK'] })
    else for (const [k, v] of Object.entries(record)) localized(v, `${path}.${k}`, out)
  }
  return out
}

const CONTENT = {
  items: ITEMS,
  domains: DOMAINS,
  profile: PROFILE_QUESTIONS,
  checks: SCAN_CHECKS,
  sources: SOURCES.map((s) => s.title),
  labels: [ANSWER_OPTIONS, EVIDENCE_LABELS, MATURITY_LEVELS, RISK_BAND_LABELS, RELATION_LABELS],
  notes: [NEEDS_CHECKING, SCAN_SCOPE_NOTE],
  guidance: ALL_GUIDANCE,
}

describe('checklist translations', () => {
  const all = localized(CONTENT, 'checklist')

  it('finds the strings it should (items, options, labels)', () => {
    // 69 items × (title, question, why) at least, plus every list entry and label.
    expect(all.length).toBeGreaterThan(69 * 3 + 69 * 3)
    expect(all.some((f) => f.path.startsWith('checklist.profile[0].options'))).toBe(true)
    expect(all.some((f) => f.path.startsWith('checklist.labels[2]'))).toBe(true)
  })

  it('every string has non-empty English and zh-HK, the zh-HK in Chinese characters', () => {
    for (const f of all) {
      expect(typeof f.en === 'string' && f.en.trim() !== '', `${f.path}.en`).toBe(true)
      expect(typeof f.zh === 'string' && f.zh.trim() !== '', `${f.path}.zh-HK`).toBe(true)
      expect(CJK.test(f.zh as string), `${f.path}.zh-HK has CJK: ${String(f.zh)}`).toBe(true)
    }
  })

  it('zh-HK is Traditional Chinese, not Simplified', () => {
    for (const f of all) {
      const hit = (f.zh as string).match(SIMPLIFIED)
      expect(hit, `${f.path}: ${String(f.zh)}`).toBeNull()
    }
  })

  it('uses the Hong Kong terms for key concepts', () => {
    const zh = (id: string) => JSON.stringify(ITEMS.find((i) => i.id === id))
    expect(zh('PHY-01')).toContain('伺服器')
    expect(zh('ENV-01')).toContain('不斷電系統')
    expect(zh('IAM-02')).toContain('多重認證')
    expect(zh('AST-02')).toContain('《個人資料（私隱）條例》')
  })

  it('every profile question and option is bilingual', () => {
    for (const q of PROFILE_QUESTIONS) {
      expect(q.options.length, q.id).toBeGreaterThan(0)
      for (const o of q.options) expect(CJK.test(o.label['zh-HK']), `${q.id}/${o.value}`).toBe(true)
    }
  })
})
