import type { ChecklistDomain } from './types.ts'

/** The 13 domains in the order the questionnaire walks through them. */
export const DOMAINS: readonly ChecklistDomain[] = [
  {
    id: 'GOV',
    name: { en: 'Governance and risk', 'zh-HK': '管治及風險' },
    dpoThemeHint: 'security-management',
  },
  {
    id: 'AST',
    name: { en: 'Assets and data', 'zh-HK': '資產及資料' },
    dpoThemeHint: 'security-management',
  },
  {
    id: 'PHY',
    name: {
      en: 'Server room and data-centre physical security',
      'zh-HK': '伺服器房及數據中心實體保安',
    },
    dpoThemeHint: 'design / operation',
  },
  {
    id: 'ENV',
    name: { en: 'Power, cooling, fire and water', 'zh-HK': '電力、冷氣、消防及防水' },
    dpoThemeHint: 'design',
  },
  {
    id: 'VEN',
    name: {
      en: 'Hosting, cloud, colocation and IT suppliers',
      'zh-HK': '寄存、雲端、託管及資訊科技供應商',
    },
    dpoThemeHint: 'security-management',
  },
  {
    id: 'NET',
    name: { en: 'Network protection', 'zh-HK': '網絡保護' },
    dpoThemeHint: 'design',
  },
  {
    id: 'IAM',
    name: { en: 'Accounts and access', 'zh-HK': '帳戶及存取' },
    dpoThemeHint: 'operation',
  },
  {
    id: 'SYS',
    name: { en: 'Systems, updates and malware', 'zh-HK': '系統、更新及惡意軟件' },
    dpoThemeHint: 'operation',
  },
  {
    id: 'WEB',
    name: { en: 'Website, e-mail and domain', 'zh-HK': '網站、電郵及域名' },
    dpoThemeHint: 'design / operation',
  },
  {
    id: 'LOG',
    name: { en: 'Logging and monitoring', 'zh-HK': '日誌及監察' },
    dpoThemeHint: 'operation',
  },
  {
    id: 'BCK',
    name: { en: 'Backup, continuity and recovery', 'zh-HK': '備份、業務持續及復原' },
    dpoThemeHint: 'operation',
  },
  {
    id: 'IR',
    name: {
      en: 'Incident response and information sharing',
      'zh-HK': '事故應變及資訊共享',
    },
    dpoThemeHint: 'security-management',
  },
  {
    id: 'PPL',
    name: { en: 'People and awareness', 'zh-HK': '人員及保安意識' },
    dpoThemeHint: 'operation',
  },
]
