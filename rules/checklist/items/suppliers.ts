/** VEN: Hosting, cloud, colocation and IT suppliers. English wording is original paraphrase; zh-HK written for Hong Kong SMEs. */
import type { ChecklistItem } from '../types.ts'

export const suppliersItems: readonly ChecklistItem[] = [
  {
    id: 'VEN-01',
    domain: 'VEN',
    title: {
      en: 'You have a list of IT suppliers',
      'zh-HK': '備有資訊科技供應商清單',
    },
    question: {
      en: 'Do you have a list of every company that hosts, supports or can access your systems (data centre, cloud, web designer, IT support, software vendors), what each does and how to reach them in an emergency?',
      'zh-HK':
        '你是否備有清單，列出每間為你寄存、支援或可存取你系統的公司（數據中心、雲端、網頁設計、資訊科技支援、軟件供應商），各自負責甚麼，以及緊急時如何聯絡？',
    },
    why_it_matters: {
      en: 'Most SMEs rely on several suppliers; in an incident you need to know who holds what and who to call at 2 a.m.',
      'zh-HK':
        '大部分中小企都依賴多間供應商；發生事故時，你需要知道誰掌握甚麼，以及凌晨兩點應該打給誰。',
    },
    how_to_comply: [
      {
        en: 'List each supplier, the service, the data or systems involved, the contract end date and a 24x7 contact.',
        'zh-HK': '列出每間供應商、所提供的服務、涉及的資料或系統、合約屆滿日期及 24 小時聯絡方法。',
      },
      {
        en: 'Note whether they have remote access to your systems.',
        'zh-HK': '註明他們可否遙距存取你的系統。',
      },
      {
        en: 'Review the list yearly or when a contract changes.',
        'zh-HK': '每年或合約有變時檢視清單。',
      },
    ],
    evidence: [
      {
        en: 'Supplier register',
        'zh-HK': '供應商登記冊',
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
        clause: '15.1',
      },
      {
        ref: 'CSA-CCM4',
        clause: 'STA-07',
      },
      {
        ref: 'HK-S17',
        clause: '17.1.2',
      },
      {
        ref: 'CISA-CPG',
        clause: '1.I Vendor/Supplier Cybersecurity Requirements',
      },
      {
        ref: 'NIST-CSF2',
        clause: 'GV.SC',
      },
    ],
    scan: {
      linkable: false,
    },
  },
  {
    id: 'VEN-02',
    domain: 'VEN',
    title: {
      en: "Your provider's security is proven",
      'zh-HK': '供應商的保安已獲證實',
    },
    question: {
      en: 'For your data-centre, cloud and hosting providers, have you seen proof of their security - for example an ISO/IEC 27001 certificate, a SOC 2 report or a CSA STAR listing - and confirmed their facility has access control, CCTV, fire suppression, UPS/generator and cooling?',
      'zh-HK':
        '對於你的數據中心、雲端及寄存服務供應商，你是否已看過其保安證明（例如 ISO/IEC 27001 證書、SOC 2 報告或 CSA STAR 登記），並確認其設施設有出入管制、閉路電視、滅火系統、不斷電系統／發電機及冷氣？',
    },
    why_it_matters: {
      en: "When you colocate or use the cloud, the provider runs the physical and environmental controls in the 'server room' questions; you need evidence, not promises.",
      'zh-HK':
        '當你使用託管服務或雲端時，「伺服器房」問題中的實體及環境控制由供應商負責；你需要的是證據，而不是承諾。',
    },
    how_to_comply: [
      {
        en: 'Ask for current certificates or audit reports and check the scope covers the site and service you use.',
        'zh-HK': '索取現行的證書或審計報告，並確認其範圍涵蓋你所使用的地點和服務。',
      },
      {
        en: "For colocation, visit the site or review the provider's description of physical, power, cooling and fire controls; a Tier/Rated classification helps compare sites.",
        'zh-HK':
          '如使用託管服務，親身視察場地或審閱供應商對實體保安、電力、冷氣及消防措施的說明；Tier／Rated 級別有助比較不同場地。',
      },
      {
        en: 'Re-check every year or at contract renewal.',
        'zh-HK': '每年或續約時重新檢查。',
      },
    ],
    evidence: [
      {
        en: 'Copies of certificates or reports with scope and expiry',
        'zh-HK': '註明範圍及屆滿日期的證書或報告副本',
      },
      {
        en: 'Site-visit notes or provider security summary',
        'zh-HK': '視察紀錄或供應商的保安概覽',
      },
    ],
    severity: 'high',
    weight: 3,
    level: 2,
    applies_to: ['colo', 'cloud_iaas', 'saas_only', 'website'],
    dpo_pgdcs: {
      theme: 'security-management',
      clause: null,
      status: 'unmapped',
    },
    sources: [
      {
        ref: 'HK-SM04',
        clause:
          'Physical and Environmental Security - site inspection or provider evidence; UPS, air-conditioning, fire suppression, flood control',
      },
      {
        ref: 'HK-S17',
        clause: '17.2.2',
      },
      {
        ref: 'CSA-CCM4',
        clause: 'STA-14; DCS-01 to DCS-15',
      },
      {
        ref: 'HKMA-TMG1',
        clause: '7.1 Management of technology outsourcing',
      },
      {
        ref: 'UPTIME-TIER',
        clause: 'Tier I-IV',
      },
      {
        ref: 'TIA-942',
        clause: 'Rated-1 to Rated-4',
      },
    ],
    scan: {
      linkable: true,
      relation: 'indicates',
      checks: ['SC-HOST-01'],
      note: {
        en: 'The scan names the network owner of the web and mail hosts so the owner can check it is a provider they have vetted.',
        'zh-HK': '掃描會列出網站及郵件主機所屬的網絡擁有者，讓負責人核對是否為已審查的供應商。',
      },
    },
  },
  {
    id: 'VEN-03',
    domain: 'VEN',
    title: {
      en: 'Security is written into supplier contracts',
      'zh-HK': '供應商合約已寫明保安要求',
    },
    question: {
      en: 'Do contracts with your IT, hosting and web-development suppliers cover security: confidentiality, who patches and backs up, service levels, telling you quickly about incidents, and your right to see audit reports?',
      'zh-HK':
        '你與資訊科技、寄存及網站開發供應商的合約，是否涵蓋保安事項：保密、由誰負責修補及備份、服務水平、盡快通知你事故，以及你查閱審計報告的權利？',
    },
    why_it_matters: {
      en: 'If it is not in the contract it is hard to enforce. Under the PDPO you must use contractual or other means to make data processors protect personal data.',
      'zh-HK':
        '合約沒有寫明的事項很難執行。根據《個人資料（私隱）條例》，你必須以合約或其他方法確保資料處理者保護個人資料。',
    },
    how_to_comply: [
      {
        en: 'Add a security schedule: NDA, patching and backup duties, incident notice period (e.g. 24 hours), data location, right to audit or receive reports.',
        'zh-HK':
          '加入保安附表：保密協議、修補及備份責任、事故通知期（例如 24 小時）、資料存放地點、審計或索取報告的權利。',
      },
      {
        en: 'For website developers, include security updates and fixing vulnerabilities found by scans after launch.',
        'zh-HK': '與網站開發商的合約應包括推出後的保安更新，以及修復掃描發現的漏洞。',
      },
      {
        en: 'Check these points at each renewal.',
        'zh-HK': '每次續約時檢查以上各點。',
      },
    ],
    evidence: [
      {
        en: 'Signed contracts or security schedules',
        'zh-HK': '已簽署的合約或保安附表',
      },
      {
        en: "Provider's incident-notification clause",
        'zh-HK': '供應商的事故通知條款',
      },
    ],
    severity: 'high',
    weight: 3,
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
        clause: '17.1.2, 17.2.1, 17.2.2',
      },
      {
        ref: 'HK-G3',
        clause: '17.1(b) Security Requirements in Contracts; 17.2(a) Monitoring and Review',
      },
      {
        ref: 'CSA-CCM4',
        clause: 'STA-09',
      },
      {
        ref: 'PCPD-ICT',
        clause: 'Data processor management',
      },
      {
        ref: 'HK-CSIP-WEB',
        clause: 'item 8 Outsourcing',
      },
    ],
    scan: {
      linkable: false,
    },
  },
  {
    id: 'VEN-04',
    domain: 'VEN',
    title: {
      en: 'Who does what with each provider is clear',
      'zh-HK': '清楚與每間供應商的分工',
    },
    question: {
      en: 'For each cloud or hosting service, do you know which security tasks the provider does and which remain yours (for example operating-system updates, backups, firewall rules, user accounts)?',
      'zh-HK':
        '對於每項雲端或寄存服務，你是否清楚哪些保安工作由供應商負責，哪些仍由你負責（例如作業系統更新、備份、防火牆規則、使用者帳戶）？',
    },
    why_it_matters: {
      en: 'Many cloud incidents happen because each side assumed the other was doing backups or patching.',
      'zh-HK': '不少雲端事故的起因，是雙方都以為對方已負責備份或修補。',
    },
    how_to_comply: [
      {
        en: 'For each service, write a short responsibility table: task, provider or us, who checks.',
        'zh-HK': '為每項服務寫一份簡短的分工表：工作、由供應商或我方負責、由誰檢查。',
      },
      {
        en: "Use the provider's shared-responsibility documentation as a starting point.",
        'zh-HK': '以供應商的「責任共擔」文件作為起點。',
      },
      {
        en: 'Remember that overall responsibility for your data stays with you.',
        'zh-HK': '緊記：你的資料最終仍由你負責。',
      },
    ],
    evidence: [
      {
        en: 'Responsibility table per service',
        'zh-HK': '每項服務的分工表',
      },
    ],
    severity: 'high',
    weight: 3,
    level: 1,
    applies_to: ['colo', 'cloud_iaas', 'saas_only'],
    dpo_pgdcs: {
      theme: 'security-management',
      clause: null,
      status: 'unmapped',
    },
    sources: [
      {
        ref: 'CSA-CCM4',
        clause: 'STA-04, STA-06',
      },
      {
        ref: 'HK-SM04',
        clause: 'cloud implementation scenarios and summary of controls by scenario',
      },
      {
        ref: 'HK-G3',
        clause: '17.1(a) Outsourcing Security - overall responsibility remains with the owner',
      },
      {
        ref: 'ISO27001-2022',
        clause: 'A.5.23',
      },
    ],
    scan: {
      linkable: false,
    },
  },
  {
    id: 'VEN-05',
    domain: 'VEN',
    title: {
      en: 'You know where your data lives',
      'zh-HK': '清楚資料存放在哪裏',
    },
    question: {
      en: 'Do you know in which city or country - and which data centre or cloud region - your data, website and backups are stored?',
      'zh-HK': '你是否知道你的資料、網站及備份存放在哪個城市或國家，以及哪個數據中心或雲端區域？',
    },
    why_it_matters: {
      en: 'Location affects which laws apply, cross-border transfer obligations, regulator approvals (e.g. SFC record-keeping) and disaster risk.',
      'zh-HK':
        '存放地點影響適用法例、跨境轉移責任、監管批准（例如證監會的紀錄保存要求）及災難風險。',
    },
    how_to_comply: [
      {
        en: 'Ask each provider for data-centre or region names for primary data and backups.',
        'zh-HK': '向每間供應商查詢主要資料及備份所在的數據中心或區域名稱。',
      },
      {
        en: 'Choose Hong Kong or approved regions where a regulator or customer requires it.',
        'zh-HK': '如監管機構或客戶有要求，選擇香港或獲批准的區域。',
      },
      {
        en: 'Record the locations in the asset list (AST-01).',
        'zh-HK': '把存放地點記錄在資產清單（AST-01）中。',
      },
    ],
    evidence: [
      {
        en: 'Provider statement of data location',
        'zh-HK': '供應商有關資料存放地點的聲明',
      },
      {
        en: 'Cloud console screenshot showing region',
        'zh-HK': '顯示區域的雲端控制台截圖',
      },
    ],
    severity: 'medium',
    weight: 2,
    level: 2,
    applies_to: ['colo', 'cloud_iaas', 'saas_only', 'website'],
    dpo_pgdcs: {
      theme: 'security-management',
      clause: null,
      status: 'unmapped',
    },
    sources: [
      {
        ref: 'HK-G3',
        clause: '17.1(a) - be aware of the location of data hosted by the service provider',
      },
      {
        ref: 'SFC-EDSP',
        clause:
          'Hong Kong data centre or undertaking required for records kept exclusively with an EDSP',
      },
      {
        ref: 'CSA-CCM4',
        clause: 'DSP-19',
      },
      {
        ref: 'PCPD-ICT',
        clause: 'Other considerations - cloud services',
      },
    ],
    scan: {
      linkable: true,
      relation: 'indicates',
      checks: ['SC-HOST-01'],
      note: {
        en: 'The scan shows the approximate country of the web and mail servers.',
        'zh-HK': '掃描會顯示網站及郵件伺服器的大約所在國家。',
      },
    },
  },
  {
    id: 'VEN-06',
    domain: 'VEN',
    title: {
      en: 'You can leave a provider cleanly',
      'zh-HK': '可以乾淨俐落地更換供應商',
    },
    question: {
      en: 'If you leave a provider, can you get all your data back in a usable format and obtain written confirmation that their copies have been deleted?',
      'zh-HK':
        '如果你終止與某供應商的合作，能否以可用的格式取回所有資料，並取得對方已刪除其副本的書面確認？',
    },
    why_it_matters: {
      en: 'Without an exit plan you may lose data or leave copies behind at a former supplier.',
      'zh-HK': '沒有退出計劃，你可能會遺失資料，或在前供應商處留下副本。',
    },
    how_to_comply: [
      {
        en: 'Check export options and formats before signing.',
        'zh-HK': '簽約前先了解匯出選項及格式。',
      },
      {
        en: 'Put data return and deletion (with a certificate) into the contract.',
        'zh-HK': '在合約中寫明歸還及刪除資料（並發出證明）的安排。',
      },
      {
        en: 'Test an export of key data once a year.',
        'zh-HK': '每年測試匯出一次主要資料。',
      },
    ],
    evidence: [
      {
        en: 'Contract exit clause',
        'zh-HK': '合約的退出條款',
      },
      {
        en: 'Result of a test export',
        'zh-HK': '測試匯出的結果',
      },
    ],
    severity: 'medium',
    weight: 2,
    level: 2,
    applies_to: ['colo', 'cloud_iaas', 'saas_only'],
    dpo_pgdcs: {
      theme: 'operation',
      clause: null,
      status: 'unmapped',
    },
    sources: [
      {
        ref: 'HK-S17',
        clause: '17.2.3',
      },
      {
        ref: 'HK-G3',
        clause: '17.2(b) Control for Contract Expiry or Termination',
      },
      {
        ref: 'CSA-CCM4',
        clause: 'IPY-04',
      },
    ],
    scan: {
      linkable: false,
    },
  },
]
