/** AST: Assets and data. English wording is original paraphrase; zh-HK written for Hong Kong SMEs. */
import type { ChecklistItem } from '../types.ts'

export const assetsItems: readonly ChecklistItem[] = [
  {
    id: 'AST-01',
    domain: 'AST',
    title: {
      en: 'Up-to-date list of IT equipment, software and services',
      'zh-HK': '最新的資訊科技設備、軟件及服務清單',
    },
    question: {
      en: 'Do you keep an up-to-date list of your computers, servers, network devices, software, cloud services, domains and websites - including where each one is (office, data-centre rack, cloud region)?',
      'zh-HK':
        '你是否備有最新的清單，列出電腦、伺服器、網絡設備、軟件、雲端服務、域名和網站，以及每項所在的位置（辦公室、數據中心機櫃、雲端區域）？',
    },
    why_it_matters: {
      en: 'You cannot patch, back up or protect what you do not know you have. Forgotten servers and old sub-domains are a common way in.',
      'zh-HK':
        '不知道自己擁有甚麼，就無法修補、備份或保護。被遺忘的伺服器和舊的子域名是常見的入侵途徑。',
    },
    how_to_comply: [
      {
        en: 'Keep a simple spreadsheet: item, owner, location, supplier, software version, support end date.',
        'zh-HK': '用簡單的試算表記錄：項目、負責人、位置、供應商、軟件版本、支援終止日期。',
      },
      {
        en: 'Include domain names, website hosting, email service and every cloud account.',
        'zh-HK': '包括域名、網站寄存、電郵服務及每一個雲端帳戶。',
      },
      {
        en: 'Update it when anything is bought, moved or retired; review it every quarter.',
        'zh-HK': '每次購買、搬遷或棄用設備時更新清單，並每季檢視一次。',
      },
    ],
    evidence: [
      {
        en: 'The asset list with a recent review date',
        'zh-HK': '附有近期檢視日期的資產清單',
      },
    ],
    severity: 'high',
    weight: 3,
    level: 1,
    applies_to: ['all'],
    dpo_pgdcs: {
      theme: 'security-management',
      clause: null,
      status: 'unmapped',
    },
    sources: [
      {
        ref: 'HK-S17',
        clause: '10.1.1',
      },
      {
        ref: 'HK-G3',
        clause: '14.6(a) inventory for patch management',
      },
      {
        ref: 'CIS-v8',
        clause: '1.1, 2.1',
      },
      {
        ref: 'CISA-CPG',
        clause: '1.A Asset Inventory',
      },
      {
        ref: 'ISO27001-2022',
        clause: 'A.5.9',
      },
      {
        ref: 'CSA-CCM4',
        clause: 'DCS-06',
      },
    ],
    scan: {
      linkable: true,
      relation: 'can_contradict',
      checks: ['SC-ASSET-01', 'SC-HOST-01'],
      note: {
        en: "The scan lists public host names and hosting providers; any not on the owner's list shows the list is incomplete.",
        'zh-HK':
          '掃描會列出公開的主機名稱和寄存供應商；若有任何一項不在負責人的清單上，即表示清單不完整。',
      },
    },
  },
  {
    id: 'AST-02',
    domain: 'AST',
    title: {
      en: 'Know what important data you hold',
      'zh-HK': '清楚自己持有哪些重要資料',
    },
    question: {
      en: 'Do you know what important or personal data you hold (customer records, HR, finance, designs), where it is stored and who can see it?',
      'zh-HK':
        '你是否清楚自己持有哪些重要或個人資料（客戶紀錄、人事、財務、設計圖），存放在哪裏，以及誰可以查閱？',
    },
    why_it_matters: {
      en: 'Personal data brings legal duties under the PDPO, and knowing where valuable data sits tells you what must be backed up and protected first.',
      'zh-HK':
        '個人資料受《個人資料（私隱）條例》規管；知道重要資料在哪裏，才知道應優先備份和保護甚麼。',
    },
    how_to_comply: [
      {
        en: 'List your main data types, where each is stored (server, cloud, laptops, paper) and who can access it.',
        'zh-HK': '列出主要資料類別、各自的存放位置（伺服器、雲端、手提電腦、紙本）及可查閱的人。',
      },
      {
        en: "Mark personal and business-critical data as 'sensitive'.",
        'zh-HK': '把個人資料及對業務至關重要的資料標示為「敏感」。',
      },
      {
        en: 'Delete data you no longer need, following a retention rule.',
        'zh-HK': '按保留期限規則刪除不再需要的資料。',
      },
    ],
    evidence: [
      {
        en: 'Data inventory or record of processing',
        'zh-HK': '資料清單或資料處理紀錄',
      },
      {
        en: 'Retention rule',
        'zh-HK': '資料保留規則',
      },
    ],
    severity: 'high',
    weight: 3,
    level: 1,
    applies_to: ['all'],
    dpo_pgdcs: {
      theme: 'security-management',
      clause: null,
      status: 'unmapped',
    },
    sources: [
      {
        ref: 'CIS-v8',
        clause: '3.1, 3.2, 3.4',
      },
      {
        ref: 'HK-S17',
        clause: '10.2',
      },
      {
        ref: 'PCPD-ICT',
        clause: 'Data governance; technical and operational measures',
      },
      {
        ref: 'ISO27001-2022',
        clause: 'A.5.12',
      },
      {
        ref: 'CSA-CCM4',
        clause: 'DSP-03',
      },
    ],
    scan: {
      linkable: false,
    },
  },
  {
    id: 'AST-03',
    domain: 'AST',
    title: {
      en: 'Sensitive data is encrypted when stored',
      'zh-HK': '敏感資料在儲存時已加密',
    },
    question: {
      en: 'Is sensitive data encrypted when stored - on laptops, servers, external drives and backups?',
      'zh-HK': '敏感資料在儲存時是否已加密，包括手提電腦、伺服器、外置硬碟及備份？',
    },
    why_it_matters: {
      en: 'Encryption turns a stolen laptop, disk or backup tape into a nuisance instead of a data breach.',
      'zh-HK': '有了加密，手提電腦、硬碟或備份帶被盜只是麻煩事，而不會變成資料外洩事故。',
    },
    how_to_comply: [
      {
        en: 'Turn on full-disk encryption (for example BitLocker or FileVault) on laptops and desktops.',
        'zh-HK': '在手提電腦及桌面電腦啟用全碟加密（例如 BitLocker 或 FileVault）。',
      },
      {
        en: 'Use encrypted volumes or provider-side encryption for servers and cloud storage.',
        'zh-HK': '伺服器及雲端儲存使用加密磁碟區或由供應商提供的加密。',
      },
      {
        en: 'Encrypt backups and keep the keys or recovery codes somewhere safe and separate.',
        'zh-HK': '為備份加密，並把密鑰或復原碼另行妥善保存。',
      },
    ],
    evidence: [
      {
        en: 'Screenshot or report showing encryption status of devices',
        'zh-HK': '顯示裝置加密狀態的截圖或報告',
      },
      {
        en: 'Backup job settings showing encryption',
        'zh-HK': '顯示已啟用加密的備份工作設定',
      },
    ],
    severity: 'high',
    weight: 3,
    level: 2,
    applies_to: ['all'],
    dpo_pgdcs: {
      theme: 'design',
      clause: null,
      status: 'unmapped',
    },
    sources: [
      {
        ref: 'HK-S17',
        clause: '10.2.3',
      },
      {
        ref: 'HK-G3',
        clause: '12.1(a) Data Encryption, 12.1(b) Key Management',
      },
      {
        ref: 'CIS-v8',
        clause: '3.6, 3.11',
      },
      {
        ref: 'CISA-CPG',
        clause: '2.K Strong and Agile Encryption',
      },
      {
        ref: 'PCPD-ICT',
        clause: 'Technical and operational security measures',
      },
    ],
    scan: {
      linkable: false,
    },
  },
  {
    id: 'AST-04',
    domain: 'AST',
    title: {
      en: 'Old disks and equipment are wiped or destroyed',
      'zh-HK': '舊硬碟及設備已清除資料或銷毀',
    },
    question: {
      en: 'When you dispose of, return, sell or send for repair any computer, disk, server or backup media - including when you leave a data centre - is the data securely wiped or the media destroyed, and is a record kept?',
      'zh-HK':
        '當你棄置、退還、出售或送修任何電腦、硬碟、伺服器或備份媒體（包括撤出數據中心時），資料是否已被安全清除或媒體已被銷毀，並保留紀錄？',
    },
    why_it_matters: {
      en: 'Old disks are a frequent source of data leaks; deleting files or formatting does not remove the data.',
      'zh-HK': '舊硬碟是資料外洩的常見源頭；刪除檔案或格式化並不能真正清除資料。',
    },
    how_to_comply: [
      {
        en: 'Use a recognised wiping tool or physical destruction by a contractor who gives a certificate.',
        'zh-HK': '使用認可的資料清除工具，或交由會發出證明書的承辦商實體銷毀。',
      },
      {
        en: 'Keep a disposal log: item, serial number, method, date, who did it.',
        'zh-HK': '備存棄置紀錄：項目、序號、方法、日期及經手人。',
      },
      {
        en: 'Put wiping duties in repair and colocation exit arrangements.',
        'zh-HK': '在維修及撤出託管數據中心的安排中訂明清除資料的責任。',
      },
    ],
    evidence: [
      {
        en: 'Disposal log',
        'zh-HK': '棄置紀錄',
      },
      {
        en: 'Destruction certificates',
        'zh-HK': '銷毀證明書',
      },
    ],
    severity: 'medium',
    weight: 2,
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
        clause: '10.3.3',
      },
      {
        ref: 'HK-G3',
        clause: '10.3(b) Information Erasure',
      },
      {
        ref: 'ISO27001-2022',
        clause: 'A.7.14',
      },
      {
        ref: 'CIS-v8',
        clause: '3.5',
      },
      {
        ref: 'CSA-CCM4',
        clause: 'DCS-01, DSP-02',
      },
      {
        ref: 'NIST-80053r5',
        clause: 'MP-6',
      },
    ],
    scan: {
      linkable: false,
    },
  },
]
