/**
 * Extra guidance an item shows for a profile (checklist.md §4): PQ-4 (regulated) adds notes to
 * GOV-04, VEN-05 and IR-03; PQ-5 (personal data) adds PDPO notes to the AST and BCK items.
 * Wording is product guidance pointing at the regulator's own documents, not legal advice.
 */
import type { ChecklistItem, LocalizedText, ProfileAnswers, RegulatedChoice } from './types.ts'

type Notes = Partial<Record<RegulatedChoice, LocalizedText>>

const REGULATED: Readonly<Record<string, Notes>> = {
  'GOV-04': {
    sfc: {
      en: 'SFC-licensed: check the SFC circular on external electronic data storage providers before keeping regulatory records only with a data centre or cloud provider.',
      'zh-HK':
        '證監會持牌人：如只把監管紀錄存放在數據中心或雲端服務供應商，請先查閱證監會有關外部電子數據儲存服務供應商的通函。',
    },
    hkma: {
      en: 'HKMA-authorised: your technology-risk duties are set out in the HKMA Supervisory Policy Manual (TM-G-1 and related modules).',
      'zh-HK': '金管局認可機構：你的科技風險責任載於金管局《監管政策手冊》（TM-G-1 及相關單元）。',
    },
    cap653: {
      en: 'Designated CI operator: Cap. 653 adds statutory duties (security management unit, risk assessments, audits, incident reporting) from 1 January 2026.',
      'zh-HK':
        '指定關鍵基礎設施營運者：由 2026 年 1 月 1 日起，第 653 章訂明額外法定責任（保安管理單位、風險評估、審計、事故通報）。',
    },
    card: {
      en: 'Card-payment merchant: your acquiring bank will expect you to follow the card-industry data-security rules (PCI DSS) for any system that handles card data.',
      'zh-HK':
        '接受信用卡付款的商戶：收單銀行會要求處理信用卡資料的系統遵守支付卡行業數據保安標準（PCI DSS）。',
    },
  },
  'VEN-05': {
    sfc: {
      en: 'SFC-licensed: where records are kept only with an external provider, the SFC circular sets conditions on the provider and its location; keep the provider’s details on file.',
      'zh-HK':
        '證監會持牌人：如紀錄只存放於外部供應商，證監會通函對供應商及其所在地有特定條件；請備存供應商的資料。',
    },
    hkma: {
      en: 'HKMA-authorised: outsourcing and data-location arrangements may need to be discussed with the HKMA in advance.',
      'zh-HK': '金管局認可機構：外判及資料存放地點的安排可能須預先與金管局商討。',
    },
  },
  'IR-03': {
    cap653: {
      en: 'Designated CI operator: Cap. 653 sets statutory deadlines for reporting serious computer-security incidents to the Commissioner; put them on your contact sheet.',
      'zh-HK':
        '指定關鍵基礎設施營運者：第 653 章訂明向專員通報嚴重電腦保安事故的法定時限；請把時限寫在聯絡表上。',
    },
    sfc: {
      en: 'SFC-licensed: report material cyber incidents to the SFC promptly as its guidance expects.',
      'zh-HK': '證監會持牌人：請按證監會指引盡快通報重大網絡事故。',
    },
    hkma: {
      en: 'HKMA-authorised: follow the HKMA incident-reporting requirements as well as the steps here.',
      'zh-HK': '金管局認可機構：除以上步驟外，亦須遵守金管局的事故通報要求。',
    },
  },
}

const PDPO: LocalizedText = {
  en: 'You hold personal data: under the Personal Data (Privacy) Ordinance you must take all practicable steps to protect it from unauthorised access, loss and misuse, so this item ranks higher.',
  'zh-HK':
    '你持有個人資料：根據《個人資料（私隱）條例》，你須採取所有切實可行的步驟，保障資料免受未獲准許的查閱、遺失或使用，因此此項的優先次序較高。',
}

/** Notes to show under an item for this profile, in profile-question order. */
export function profileGuidance(item: ChecklistItem, profile: ProfileAnswers): LocalizedText[] {
  const notes: LocalizedText[] = []
  const byChoice = REGULATED[item.id] ?? {}
  for (const choice of profile['PQ-4'] ?? []) {
    const note = byChoice[choice]
    if (note !== undefined) notes.push(note)
  }
  if (profile['PQ-5'] === true && (item.domain === 'AST' || item.domain === 'BCK')) notes.push(PDPO)
  return notes
}

/** Every note, for translation checks. */
export const ALL_GUIDANCE: readonly LocalizedText[] = [
  ...Object.values(REGULATED).flatMap((notes) => Object.values(notes)),
  PDPO,
]
