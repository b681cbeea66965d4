/** GOV: Governance and risk. English wording is original paraphrase; zh-HK written for Hong Kong SMEs. */
import type { ChecklistItem } from '../types.ts'

export const governanceItems: readonly ChecklistItem[] = [
  {
    id: 'GOV-01',
    domain: 'GOV',
    title: {
      en: 'Someone is in charge of cyber security',
      'zh-HK': '有專人負責網絡安全',
    },
    question: {
      en: 'Is one named person responsible for cyber security - covering your computers, website, hosting and any server room - with time and a budget to do it?',
      'zh-HK':
        '是否有一位指定人員負責網絡安全（涵蓋電腦、網站、寄存服務及任何伺服器房），並獲分配足夠時間和預算？',
    },
    why_it_matters: {
      en: 'When nobody owns security, updates, backups and supplier checks quietly stop happening. Insurers and regulators also expect a named owner.',
      'zh-HK':
        '沒有人負責的話，系統更新、備份和供應商檢查往往會不知不覺地停下來。保險公司和監管機構亦期望有指定的負責人。',
    },
    how_to_comply: [
      {
        en: 'Name an owner (a director or the IT lead) and a deputy.',
        'zh-HK': '指定一位負責人（董事或資訊科技主管）及一位副手。',
      },
      {
        en: 'Write down their duties in a few lines: updates, backups, supplier checks, incident contact.',
        'zh-HK': '用幾句寫下他們的職責：系統更新、備份、供應商檢查、事故聯絡。',
      },
      {
        en: 'Review security at least every quarter at a management meeting and set a yearly budget line.',
        'zh-HK': '最少每季在管理層會議上檢討一次保安情況，並設立每年的預算項目。',
      },
    ],
    evidence: [
      {
        en: 'Appointment note or organisation chart showing the role',
        'zh-HK': '顯示該職位的委任通知或組織圖',
      },
      {
        en: 'Minutes or notes from the latest security review',
        'zh-HK': '最近一次保安檢討的會議記錄或筆記',
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
        clause: '7.1.1, 7.1.5',
      },
      {
        ref: 'HK-G3',
        clause: '5.2',
      },
      {
        ref: 'CISA-CPG',
        clause: '1.B Organizational Cybersecurity Leadership',
      },
      {
        ref: 'NIST-CSF2',
        clause: 'GV.RR',
      },
      {
        ref: 'HKCERT-7H',
        clause: 'Security Policy and Security Management',
      },
    ],
    scan: {
      linkable: false,
    },
  },
  {
    id: 'GOV-02',
    domain: 'GOV',
    title: {
      en: 'Short written security rules',
      'zh-HK': '簡短的書面保安守則',
    },
    question: {
      en: 'Do you have short written security rules that every staff member has read - for example on passwords, company devices, customer data and who may enter the server room?',
      'zh-HK':
        '你是否有簡短的書面保安守則，而且每位員工都已閱讀？例如關於密碼、公司裝置、客戶資料，以及誰可進入伺服器房。',
    },
    why_it_matters: {
      en: 'Written rules make expectations clear, help new staff, and are the first thing an auditor, customer or insurer asks for.',
      'zh-HK': '書面守則令要求清晰，方便新同事上手，亦是核數師、客戶或保險公司最先要求查看的文件。',
    },
    how_to_comply: [
      {
        en: 'Keep it to one or two pages in plain language (English and Chinese).',
        'zh-HK': '篇幅保持在一至兩頁，用淺白的中英文撰寫。',
      },
      {
        en: 'Cover acceptable use, passwords/MFA, handling personal data, reporting incidents and server-room access.',
        'zh-HK': '涵蓋可接受使用、密碼及多重認證、處理個人資料、報告事故及進入伺服器房的安排。',
      },
      {
        en: 'Ask staff to acknowledge it on joining and review it every year.',
        'zh-HK': '員工入職時簽署確認已閱讀，並每年檢討一次。',
      },
    ],
    evidence: [
      {
        en: 'The policy document with its review date',
        'zh-HK': '附有檢討日期的守則文件',
      },
      {
        en: 'Staff acknowledgement records',
        'zh-HK': '員工確認記錄',
      },
    ],
    severity: 'medium',
    weight: 2,
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
        clause: '8.1.1-8.1.3, 9.1.1',
      },
      {
        ref: 'ISO27001-2022',
        clause: 'A.5.1',
      },
      {
        ref: 'PCPD-ICT',
        clause: 'Data governance and organisational measures',
      },
      {
        ref: 'HKCERT-7H',
        clause: 'Security Policy and Security Management',
      },
    ],
    scan: {
      linkable: false,
    },
  },
  {
    id: 'GOV-03',
    domain: 'GOV',
    title: {
      en: 'Regular risk assessment and independent check',
      'zh-HK': '定期風險評估及獨立檢查',
    },
    question: {
      en: 'In the last two years, have you assessed what could go wrong with your IT (how likely, how bad) - and again after big changes such as moving servers or launching a new website - ideally with an independent reviewer?',
      'zh-HK':
        '過去兩年內，你有否評估資訊科技可能出現的問題（機會有多大、後果有多嚴重）？在搬遷伺服器或推出新網站等重大變動後有否再評估？最好由獨立人士覆核。',
    },
    why_it_matters: {
      en: 'A short risk review shows where a small budget does the most good, and is expected by government practice and privacy guidance.',
      'zh-HK':
        '簡單的風險檢討可以指出有限預算應用在哪裏最有效，亦是政府實務指引及私隱指引所期望的做法。',
    },
    how_to_comply: [
      {
        en: 'List your key systems and data, the main threats (ransomware, website hack, power/fire/flood, supplier failure) and rate impact x likelihood on a 3x3 scale.',
        'zh-HK':
          '列出主要系統和資料、主要威脅（勒索軟件、網站被入侵、停電、火警、水浸、供應商出事），並以 3×3 矩陣評估影響 × 可能性。',
      },
      {
        en: 'Agree actions, owners and dates; repeat at least every two years and before major changes.',
        'zh-HK': '議定跟進行動、負責人及限期；最少每兩年重做一次，重大變動前亦要再做。',
      },
      {
        en: 'Every year or two, have an outside party (consultant, certification body or scheme assessor) check the results.',
        'zh-HK': '每一至兩年請外部人士（顧問、認證機構或計劃評審員）檢查結果。',
      },
    ],
    evidence: [
      {
        en: 'Risk register or assessment report with date',
        'zh-HK': '附日期的風險登記冊或評估報告',
      },
      {
        en: 'Action plan with status',
        'zh-HK': '列明進度的行動計劃',
      },
      {
        en: 'Independent assessment or certificate, if any',
        'zh-HK': '獨立評估報告或證書（如有）',
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
        clause: '20.2.1, 20.2.2',
      },
      {
        ref: 'HK-SM01',
        clause: 'Security risk assessment steps; risk ranking matrix',
      },
      {
        ref: 'PCPD-ICT',
        clause: 'Risk assessments',
      },
      {
        ref: 'CISA-CPG',
        clause: '1.F Third-Party Validation of Cybersecurity Control Effectiveness',
      },
      {
        ref: 'NIST-CSF2',
        clause: 'ID.RA',
      },
    ],
    scan: {
      linkable: false,
    },
  },
  {
    id: 'GOV-04',
    domain: 'GOV',
    title: {
      en: 'Know your legal and contract duties',
      'zh-HK': '清楚自己的法律及合約責任',
    },
    question: {
      en: 'Do you know which laws, regulators and customer contracts set security duties for you - such as the Personal Data (Privacy) Ordinance, SFC or HKMA rules if you are licensed, card-payment rules, or Cap. 653 if you are a designated critical-infrastructure operator?',
      'zh-HK':
        '你是否知道哪些法例、監管機構和客戶合約對你有保安要求？例如《個人資料（私隱）條例》、持牌機構須遵守的證監會或金管局規定、信用卡支付規則，或（如你是指定關鍵基礎設施營運者）第 653 章。',
    },
    why_it_matters: {
      en: 'Duties differ by business. Missing one (for example SFC approval for records kept only in a data centre or cloud) can be a regulatory breach even without a hack.',
      'zh-HK':
        '每間公司的責任都不同。漏掉其中一項（例如只在數據中心或雲端保存紀錄而未取得證監會批准），即使沒有被入侵，也可能構成違規。',
    },
    how_to_comply: [
      {
        en: 'List the laws, regulators and key contracts that apply, and what each expects.',
        'zh-HK': '列出適用的法例、監管機構及主要合約，以及各自的要求。',
      },
      {
        en: 'If you are SFC-licensed and keep records only with a data centre or cloud provider, check the SFC circular on external electronic data storage.',
        'zh-HK':
          '如你是證監會持牌人，而紀錄只存放在數據中心或雲端服務供應商，請查閱證監會有關外部電子數據儲存的通函。',
      },
      {
        en: 'Revisit the list when you add a new service or customer type.',
        'zh-HK': '每當新增服務或客戶類別時，重新檢視這份清單。',
      },
    ],
    evidence: [
      {
        en: 'A one-page register of legal, regulatory and contractual requirements',
        'zh-HK': '一頁紙的法律、監管及合約要求登記表',
      },
    ],
    severity: 'medium',
    weight: 2,
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
        clause: '20.1.1, 20.1.4',
      },
      {
        ref: 'PCPD-ICT',
        clause: 'PDPO Data Protection Principle 4',
      },
      {
        ref: 'SFC-EDSP',
        clause: 'requirements when records are kept with an EDSP',
      },
      {
        ref: 'HK-Cap653',
        clause: 'designated CI operators only',
      },
      {
        ref: 'ISO27001-2022',
        clause: 'A.5.31',
      },
    ],
    scan: {
      linkable: false,
    },
  },
]
