/** Labels for answers, evidence, maturity levels and risk bands, in both languages. */
import type {
  Answer,
  EvidenceConfidence,
  LocalizedText,
  MaturityLevel,
  RiskBand,
  ScanRelation,
} from './types.ts'

export interface AnswerOption {
  readonly value: Answer
  readonly label: LocalizedText
  /** null: excluded from sums. */
  readonly score: number | null
}

export const ANSWER_OPTIONS: readonly AnswerOption[] = [
  { value: 'yes', label: { en: 'Yes, fully', 'zh-HK': '是，完全做到' }, score: 1 },
  {
    value: 'partly',
    label: { en: 'Partly / for some systems', 'zh-HK': '部分做到／只限部分系統' },
    score: 0.5,
  },
  { value: 'no', label: { en: 'No', 'zh-HK': '否' }, score: 0 },
  // Scores 0 but is shown as "needs checking", an action rather than a failure.
  { value: 'unsure', label: { en: 'Not sure', 'zh-HK': '不確定' }, score: 0 },
  { value: 'na', label: { en: 'Not applicable', 'zh-HK': '不適用' }, score: null },
]

export const NEEDS_CHECKING: LocalizedText = { en: 'Needs checking', 'zh-HK': '有待查證' }

export const EVIDENCE_LABELS: Readonly<Record<EvidenceConfidence, LocalizedText>> = {
  self_declared: { en: "Owner's answer only", 'zh-HK': '只有負責人的回答' },
  document: { en: 'Owner uploaded or described evidence', 'zh-HK': '負責人已上載或描述證明' },
  scan_verified: { en: 'Confirmed by the external scan', 'zh-HK': '已由外部掃描確認' },
  independent: {
    en: 'Confirmed by an assessor or certificate',
    'zh-HK': '已由評審員或證書確認',
  },
}

/** Weakest first; the order is used to compare confidence. */
export const EVIDENCE_ORDER: readonly EvidenceConfidence[] = [
  'self_declared',
  'document',
  'scan_verified',
  'independent',
]

export interface MaturityLevelInfo {
  readonly level: MaturityLevel
  readonly name: LocalizedText
  readonly description: LocalizedText
}

export const MATURITY_LEVELS: readonly MaturityLevelInfo[] = [
  {
    level: 0,
    name: { en: 'Getting started', 'zh-HK': '起步階段' },
    description: {
      en: 'At least one essential critical item is not yet in place.',
      'zh-HK': '最少有一項必要的關鍵項目尚未做到。',
    },
  },
  {
    level: 1,
    name: { en: 'Essential', 'zh-HK': '基本' },
    description: {
      en: 'Every essential critical item is in place and essential items score at least 80%. Comparable in scope to CIS IG1 or Cyber Essentials; indicative, not a certification.',
      'zh-HK':
        '所有必要的關鍵項目均已做到，而必要項目得分最少 80%。範圍與 CIS IG1 或 Cyber Essentials 相若；僅供參考，並非認證。',
    },
  },
  {
    level: 2,
    name: { en: 'Managed', 'zh-HK': '已受管理' },
    description: {
      en: 'Essential level met, essential and managed items score at least 80%, and no high-severity item at those levels is answered No.',
      'zh-HK':
        '已達基本級別，必要及受管理項目得分最少 80%，而這兩個級別中沒有高嚴重性項目回答「否」。',
    },
  },
  {
    level: 3,
    name: { en: 'Resilient', 'zh-HK': '具抗逆力' },
    description: {
      en: 'Managed level met, overall score at least 85%, every critical and high item backed by evidence, and an independent risk check (GOV-03) in place.',
      'zh-HK':
        '已達受管理級別，整體得分最少 85%，所有關鍵及高嚴重性項目均有證明支持，並已進行獨立風險檢查（GOV-03）。',
    },
  },
]

export const RISK_BAND_LABELS: Readonly<Record<RiskBand, LocalizedText>> = {
  high: { en: 'High risk', 'zh-HK': '高風險' },
  medium: { en: 'Medium risk', 'zh-HK': '中風險' },
  low: { en: 'Low risk', 'zh-HK': '低風險' },
}

export const RELATION_LABELS: Readonly<Record<ScanRelation, LocalizedText>> = {
  verifies: { en: 'The scan can confirm this', 'zh-HK': '掃描可確認此項' },
  can_contradict: {
    en: 'The scan can show this is not met',
    'zh-HK': '掃描可顯示此項未做到',
  },
  indicates: { en: 'The scan gives context only', 'zh-HK': '掃描只提供參考資料' },
}

/** Shown next to every scan-verified badge. */
export const SCAN_SCOPE_NOTE: LocalizedText = {
  en: 'A scan covers only the host names and addresses it was given; it says nothing about internal systems, the server room or suppliers not exposed on those hosts.',
  'zh-HK':
    '掃描只涵蓋所提供的主機名稱及位址，並不反映內部系統、伺服器房，或沒有在這些主機上出現的供應商的情況。',
}
