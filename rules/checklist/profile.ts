import type { ProfileOption, ProfileQuestion } from './types.ts'

const YES_NO: readonly ProfileOption[] = [
  { value: 'yes', label: { en: 'Yes', 'zh-HK': '是' } },
  { value: 'no', label: { en: 'No', 'zh-HK': '否' } },
]

/**
 * Asked before the checklist. PQ-1 to PQ-3 set the applicability tags; the rest only change
 * guidance text, likelihood (PQ-5) or benchmarking. PQ-6 of the reference note asks two things
 * (staff count and who runs IT), so it is split into PQ-6 and PQ-6b to keep one idea per question.
 */
export const PROFILE_QUESTIONS: readonly ProfileQuestion[] = [
  {
    id: 'PQ-1',
    question: {
      en: 'Where do your business systems run? (tick all that apply)',
      'zh-HK': '你的業務系統在哪裏運行？（可選多項）',
    },
    type: 'multi',
    options: [
      {
        value: 'onprem_room',
        label: {
          en: 'Our own server room or server cabinet at our office',
          'zh-HK': '辦公室內我們自己的伺服器房或伺服器機櫃',
        },
      },
      {
        value: 'colo',
        label: {
          en: 'Our own equipment in a third-party data centre (colocation)',
          'zh-HK': '放在第三方數據中心的自家設備（託管）',
        },
      },
      {
        value: 'cloud_iaas',
        label: {
          en: 'Cloud servers or a VPS that we (or our IT vendor) manage',
          'zh-HK': '由我們（或資訊科技供應商）管理的雲端伺服器或虛擬私人伺服器（VPS）',
        },
      },
      {
        value: 'saas_only',
        label: {
          en: 'Only online services (e.g. Microsoft 365, Google Workspace, online shop platform)',
          'zh-HK': '只使用網上服務（例如 Microsoft 365、Google Workspace、網店平台）',
        },
      },
    ],
    usedFor: 'sets onprem_room / colo / cloud_iaas / saas_only',
  },
  {
    id: 'PQ-2',
    question: {
      en: 'Do you have a public website? Who hosts and maintains it?',
      'zh-HK': '你有沒有公開網站？由誰寄存和維護？',
    },
    type: 'single',
    options: [
      { value: 'none', label: { en: 'No website', 'zh-HK': '沒有網站' } },
      { value: 'self', label: { en: 'Our own server', 'zh-HK': '我們自己的伺服器' } },
      {
        value: 'host',
        label: { en: 'A hosting company; we maintain it', 'zh-HK': '寄存公司寄存，由我們維護' },
      },
      {
        value: 'agency',
        label: { en: 'A web agency hosts and maintains it', 'zh-HK': '由網頁設計公司寄存及維護' },
      },
      { value: 'builder', label: { en: 'A site-builder platform', 'zh-HK': '網站建立平台' } },
    ],
    usedFor: "sets website unless 'none'",
  },
  {
    id: 'PQ-3',
    question: {
      en: 'Do you send e-mail from your own domain (e.g. name@yourcompany.com.hk)?',
      'zh-HK': '你是否使用自己的域名發送電郵（例如 name@yourcompany.com.hk）？',
    },
    type: 'boolean',
    options: YES_NO,
    usedFor: 'sets own_mail_domain',
  },
  {
    id: 'PQ-4',
    question: {
      en: 'Are you regulated? (tick all that apply)',
      'zh-HK': '你是否受監管？（可選多項）',
    },
    type: 'multi',
    options: [
      { value: 'sfc', label: { en: 'SFC-licensed', 'zh-HK': '證監會持牌' } },
      { value: 'hkma', label: { en: 'HKMA-authorised', 'zh-HK': '金管局認可' } },
      {
        value: 'cap653',
        label: {
          en: 'Designated critical-infrastructure operator under Cap. 653',
          'zh-HK': '第 653 章下的指定關鍵基礎設施營運者',
        },
      },
      { value: 'card', label: { en: 'Card-payment merchant', 'zh-HK': '接受信用卡付款的商戶' } },
      { value: 'none', label: { en: 'None of these', 'zh-HK': '以上皆不是' } },
    ],
    usedFor: 'extra guidance text on GOV-04, VEN-05, IR-03',
  },
  {
    id: 'PQ-5',
    question: {
      en: 'Do you hold personal data about customers or staff?',
      'zh-HK': '你是否持有客戶或員工的個人資料？',
    },
    type: 'boolean',
    options: YES_NO,
    usedFor: 'PDPO guidance text; raises likelihood on AST and BCK items',
  },
  {
    id: 'PQ-6',
    question: { en: 'How many staff do you have?', 'zh-HK': '你有多少名員工？' },
    type: 'single',
    options: [
      { value: '1-9', label: { en: '1 to 9', 'zh-HK': '1 至 9 人' } },
      { value: '10-49', label: { en: '10 to 49', 'zh-HK': '10 至 49 人' } },
      { value: '50-99', label: { en: '50 to 99', 'zh-HK': '50 至 99 人' } },
      { value: '100+', label: { en: '100 or more', 'zh-HK': '100 人或以上' } },
    ],
    usedFor: 'benchmarking and wording only',
  },
  {
    id: 'PQ-6b',
    question: {
      en: 'Who looks after your IT?',
      'zh-HK': '誰負責管理你的資訊科技？',
    },
    type: 'single',
    options: [
      { value: 'in_house', label: { en: 'Our own staff', 'zh-HK': '我們自己的員工' } },
      {
        value: 'outsourced',
        label: { en: 'An outside IT provider', 'zh-HK': '外判資訊科技服務供應商' },
      },
      { value: 'mixed', label: { en: 'Both', 'zh-HK': '兩者皆有' } },
    ],
    usedFor: 'benchmarking and wording only',
  },
]
