/** IR: Incident response and information sharing. English wording is original paraphrase; zh-HK written for Hong Kong SMEs. */
import type { ChecklistItem } from '../types.ts'

export const incidentItems: readonly ChecklistItem[] = [
  {
    id: 'IR-01',
    domain: 'IR',
    title: {
      en: 'There is an incident response plan',
      'zh-HK': '備有事故應變計劃',
    },
    question: {
      en: 'Do you have a short written plan for cyber incidents (ransomware, hacked or defaced website, data leak, DDoS, fake payment instructions), covering who decides, who to call and how to keep evidence - and has it been practised?',
      'zh-HK':
        '你是否有一份簡短的網絡安全事故書面計劃（勒索軟件、網站被入侵或篡改、資料外洩、DDoS、虛假付款指示），涵蓋由誰決定、聯絡誰及如何保存證據，並曾經演練？',
    },
    why_it_matters: {
      en: 'Clear first steps limit damage and cost; HKCERT publishes an SME incident guideline with templates to start from.',
      'zh-HK': '清晰的第一步可以減少損失和開支；HKCERT 發布了中小企事故應變指引及範本，可作起點。',
    },
    how_to_comply: [
      {
        en: "Start from HKCERT's Incident Response Guideline for SMEs and its checklists.",
        'zh-HK': '以 HKCERT 的《中小企網絡安全事故應變指南》及其核對清單作為起點。',
      },
      {
        en: 'Name an incident lead and deputies; list internal and supplier contacts.',
        'zh-HK': '指定事故負責人及副手；列出內部及供應商聯絡人。',
      },
      {
        en: 'Write one-page playbooks for the common scenarios and practise one each year.',
        'zh-HK': '為常見情境各寫一頁應變步驟，每年演練其中一個。',
      },
    ],
    evidence: [
      {
        en: 'Incident response plan',
        'zh-HK': '事故應變計劃',
      },
      {
        en: 'Exercise notes',
        'zh-HK': '演練筆記',
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
        clause: '18.1.3',
      },
      {
        ref: 'HK-G3',
        clause: '18.1(b) Security Incident Reporting; 18.1(c) Security Incident Response',
      },
      {
        ref: 'HKCERT-IRG',
        clause: 'SME incident life cycle, SOP templates, checklists',
      },
      {
        ref: 'HK-SM02',
        clause: 'incident handling practice guide',
      },
      {
        ref: 'CISA-CPG',
        clause: '2.S Incident Response (IR) Plans',
      },
      {
        ref: 'CIS-v8',
        clause: '17.1, 17.2, 17.3',
      },
    ],
    scan: {
      linkable: false,
    },
  },
  {
    id: 'IR-02',
    domain: 'IR',
    title: {
      en: 'Staff report problems quickly',
      'zh-HK': '員工會盡快報告問題',
    },
    question: {
      en: 'Do all staff know how, and to whom, to report a suspected incident (lost laptop, strange e-mail, ransom message, unexpected server-room visitor) at any hour?',
      'zh-HK':
        '所有員工是否都知道在任何時間應如何及向誰報告懷疑事故（遺失手提電腦、可疑電郵、勒索訊息、伺服器房出現不明訪客）？',
    },
    why_it_matters: {
      en: 'The sooner you know, the cheaper the fix; staff often hesitate because they do not know who to tell.',
      'zh-HK': '越早知道，補救成本越低；員工往往因不知道該告訴誰而猶豫。',
    },
    how_to_comply: [
      {
        en: 'Publish one reporting contact (phone and e-mail) with an out-of-hours option.',
        'zh-HK': '公布一個報告聯絡方法（電話及電郵），並提供非辦公時間的選擇。',
      },
      {
        en: 'Tell staff that early reporting is welcome and will not be punished.',
        'zh-HK': '讓員工知道公司歡迎及早報告，並不會因此受罰。',
      },
      {
        en: 'Include reporting in induction and yearly training.',
        'zh-HK': '把報告程序納入入職及每年培訓。',
      },
    ],
    evidence: [
      {
        en: 'Reporting instructions on intranet/notice board',
        'zh-HK': '內聯網／告示板上的報告指示',
      },
      {
        en: 'Training records',
        'zh-HK': '培訓紀錄',
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
        clause: '18.1.4, 18.1.5',
      },
      {
        ref: 'HK-G3',
        clause: '18.1(b) - reporting procedure incl. non-office hours',
      },
      {
        ref: 'CIS-v8',
        clause: '14.6, 17.3',
      },
    ],
    scan: {
      linkable: false,
    },
  },
  {
    id: 'IR-03',
    domain: 'IR',
    title: {
      en: 'External contacts and notification steps are ready',
      'zh-HK': '外部聯絡人及通報步驟已準備好',
    },
    question: {
      en: 'Do you have ready the contacts and steps for reporting to HKCERT, the Police Cyber Security and Technology Crime Bureau, the Privacy Commissioner (for personal-data breaches), your regulator or insurer, and affected customers?',
      'zh-HK':
        '你是否已準備好向 HKCERT、警務處網絡安全及科技罪案調查科、私隱專員（涉及個人資料外洩時）、監管機構或保險公司及受影響客戶報告的聯絡方法和步驟？',
    },
    why_it_matters: {
      en: 'Deciding who to notify during a crisis wastes time; prompt notification can reduce harm and regulatory criticism.',
      'zh-HK': '在危機中才決定通知誰會浪費時間；及時通報可以減少損害及監管批評。',
    },
    how_to_comply: [
      {
        en: 'Keep a contact sheet with HKCERT, police, PCPD, insurer, regulator and key suppliers.',
        'zh-HK': '備存聯絡表，包括 HKCERT、警方、私隱專員公署、保險公司、監管機構及主要供應商。',
      },
      {
        en: 'Prepare a data-breach notification template for customers and the PCPD.',
        'zh-HK': '預備給客戶及私隱專員公署的資料外洩通報範本。',
      },
      {
        en: 'If you are a designated critical-infrastructure operator, note the statutory reporting deadlines under Cap. 653.',
        'zh-HK': '如你是指定關鍵基礎設施營運者，記下第 653 章規定的法定通報時限。',
      },
    ],
    evidence: [
      {
        en: 'Contact sheet',
        'zh-HK': '聯絡表',
      },
      {
        en: 'Notification templates',
        'zh-HK': '通報範本',
      },
    ],
    severity: 'medium',
    weight: 2,
    level: 2,
    applies_to: ['all'],
    dpo_pgdcs: {
      theme: 'operation',
      clause: null,
      status: 'unmapped',
    },
    sources: [
      {
        ref: 'PCPD-ICT',
        clause: 'Remedial actions in the event of data security incidents',
      },
      {
        ref: 'HK-Cap653',
        clause: 'incident notification duties (designated operators only)',
      },
      {
        ref: 'CSA-CCM4',
        clause: 'SEF-07, SEF-08',
      },
      {
        ref: 'CISA-CPG',
        clause: 'Respond goal: Incident Reporting',
      },
    ],
    scan: {
      linkable: true,
      relation: 'indicates',
      checks: ['SC-SECTXT-01'],
      note: {
        en: 'A published security contact shows a reporting channel exists; it does not show the internal plan.',
        'zh-HK': '公開的保安聯絡方法顯示設有報告渠道，但不能顯示內部計劃。',
      },
    },
  },
  {
    id: 'IR-04',
    domain: 'IR',
    title: {
      en: 'You receive and share threat information',
      'zh-HK': '接收及分享威脅資訊',
    },
    question: {
      en: 'Do you receive security alerts (for example HKCERT advisories) and have you considered joining the free Cybersec Infohub information-sharing programme?',
      'zh-HK':
        '你是否有接收保安警報（例如 HKCERT 的保安公告），並曾考慮加入免費的「網絡安全資訊共享夥伴計劃」（Cybersec Infohub）？',
    },
    why_it_matters: {
      en: 'Early warnings about attacks hitting other Hong Kong firms let you patch or block before you are hit.',
      'zh-HK': '及早知道其他香港公司正受到哪些攻擊，讓你可以在中招前修補或封鎖。',
    },
    how_to_comply: [
      {
        en: "Subscribe to HKCERT security bulletins and your key vendors' advisories.",
        'zh-HK': '訂閱 HKCERT 保安公告及主要供應商的保安通告。',
      },
      {
        en: 'Check whether your organisation is eligible for Cybersec Infohub (Hong Kong business address, manages its own networks) and join.',
        'zh-HK':
          '查看你的機構是否符合加入 Cybersec Infohub 的資格（香港營業地址、自行管理網絡），並申請加入。',
      },
      {
        en: 'Pass relevant alerts to whoever patches your systems.',
        'zh-HK': '把相關警報轉交負責修補你系統的人。',
      },
    ],
    evidence: [
      {
        en: 'Subscriptions',
        'zh-HK': '訂閱紀錄',
      },
      {
        en: 'Cybersec Infohub membership',
        'zh-HK': 'Cybersec Infohub 會員資格',
      },
    ],
    severity: 'low',
    weight: 1,
    level: 3,
    applies_to: ['all'],
    dpo_pgdcs: {
      theme: 'security-management',
      clause: null,
      status: 'unmapped',
    },
    sources: [
      {
        ref: 'CYBERSEC-INFOHUB',
        clause: 'free membership for eligible Hong Kong organisations',
      },
      {
        ref: 'HK-PS-2023',
        clause: 'category C - enhancing cybersecurity protection',
      },
      {
        ref: 'NIST-CSF2',
        clause: 'ID.RA (threat intelligence from information-sharing forums)',
      },
      {
        ref: 'CISA-CPG',
        clause: '3.A Detecting Relevant Threats and TTPs',
      },
    ],
    scan: {
      linkable: false,
    },
  },
]
