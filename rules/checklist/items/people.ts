/** PPL: People and awareness. English wording is original paraphrase; zh-HK written for Hong Kong SMEs. */
import type { ChecklistItem } from '../types.ts'

export const peopleItems: readonly ChecklistItem[] = [
  {
    id: 'PPL-01',
    domain: 'PPL',
    title: {
      en: 'Staff get regular security training',
      'zh-HK': '員工定期接受保安培訓',
    },
    question: {
      en: 'Do all staff get short security training at least once a year, covering phishing, payment-change scams, passwords and how to report problems?',
      'zh-HK':
        '所有員工是否最少每年接受一次簡短的保安培訓，內容涵蓋釣魚電郵、更改付款資料騙案、密碼及如何報告問題？',
    },
    why_it_matters: {
      en: "People are targeted first; HKPC's readiness surveys repeatedly show staff awareness as the weakest area for Hong Kong firms.",
      'zh-HK':
        '人往往是首要目標；香港生產力促進局的網絡保安準備指數調查一再顯示，員工意識是香港企業最薄弱的一環。',
    },
    how_to_comply: [
      {
        en: 'Give a short induction briefing and a yearly refresher (online modules are fine).',
        'zh-HK': '提供簡短的入職簡介及每年進修（網上課程亦可）。',
      },
      {
        en: 'Add a rule that payment or bank-detail changes must be confirmed by phone.',
        'zh-HK': '訂立規定：更改付款或銀行資料必須以電話確認。',
      },
      {
        en: 'Consider simple phishing simulations.',
        'zh-HK': '考慮進行簡單的釣魚電郵模擬測試。',
      },
    ],
    evidence: [
      {
        en: 'Training attendance records',
        'zh-HK': '培訓出席紀錄',
      },
      {
        en: 'Payment-verification procedure',
        'zh-HK': '付款核實程序',
      },
    ],
    severity: 'high',
    weight: 3,
    level: 1,
    applies_to: ['all'],
    dpo_pgdcs: {
      theme: 'operation',
      clause: null,
      status: 'unmapped',
    },
    sources: [
      {
        ref: 'HK-S17',
        clause: '9.1.3',
      },
      {
        ref: 'CIS-v8',
        clause: '14.1, 14.2, 14.3, 14.6',
      },
      {
        ref: 'CISA-CPG',
        clause: '2.I Basic Cybersecurity Training',
      },
      {
        ref: 'NCSC-SBG',
        clause: 'Avoiding phishing attacks',
      },
      {
        ref: 'HKPC-CSRI',
        clause: "'Human Awareness Building' sub-index consistently lowest",
      },
    ],
    scan: {
      linkable: false,
    },
  },
  {
    id: 'PPL-02',
    domain: 'PPL',
    title: {
      en: 'People with privileged access are trusted and bound',
      'zh-HK': '擁有特權存取的人可信並受約束',
    },
    question: {
      en: 'Do staff and contractors with admin or server-room access sign confidentiality terms, and are they carefully selected (references or background checks where appropriate)?',
      'zh-HK':
        '擁有管理員權限或可進入伺服器房的員工及承辦商是否簽署保密條款，並經審慎挑選（如適用，查核推薦人或背景）？',
    },
    why_it_matters: {
      en: 'Insiders and contractors with high access can cause the most damage, deliberately or by mistake.',
      'zh-HK': '擁有高權限的內部人員及承辦商，無論是蓄意還是失誤，都可能造成最大的損害。',
    },
    how_to_comply: [
      {
        en: 'Include confidentiality clauses in employment and supplier contracts.',
        'zh-HK': '在僱傭及供應商合約中加入保密條款。',
      },
      {
        en: 'Check references before granting admin or server-room access.',
        'zh-HK': '在批出管理員權限或伺服器房進出權前查核推薦人。',
      },
      {
        en: 'Remind privileged users of their duties each year.',
        'zh-HK': '每年提醒特權使用者其責任。',
      },
    ],
    evidence: [
      {
        en: 'Signed confidentiality terms',
        'zh-HK': '已簽署的保密條款',
      },
      {
        en: 'Access approval records',
        'zh-HK': '存取批准紀錄',
      },
    ],
    severity: 'medium',
    weight: 2,
    level: 2,
    applies_to: ['all'],
    dpo_pgdcs: {
      theme: 'security-management',
      clause: null,
      status: 'unmapped',
    },
    sources: [
      {
        ref: 'HK-S17',
        clause: '9.1.7, 9.1.8, 17.2.1',
      },
      {
        ref: 'HK-G3',
        clause: '17.1(b) NDA for service-provider staff',
      },
      {
        ref: 'ISO27001-2022',
        clause: 'A.6.1, A.6.6',
      },
      {
        ref: 'CSA-CCM4',
        clause: 'HRS-10',
      },
    ],
    scan: {
      linkable: false,
    },
  },
]
