/** LOG: Logging and monitoring. English wording is original paraphrase; zh-HK written for Hong Kong SMEs. */
import type { ChecklistItem } from '../types.ts'

export const loggingItems: readonly ChecklistItem[] = [
  {
    id: 'LOG-01',
    domain: 'LOG',
    title: {
      en: 'Important events are logged and kept safe',
      'zh-HK': '重要事件有日誌記錄並妥善保存',
    },
    question: {
      en: 'Are logs switched on for servers, firewalls, VPN, cloud and hosting admin consoles, website admin and door-access systems - kept for a set period where they cannot be altered, with clocks synchronised to a trusted time source?',
      'zh-HK':
        '伺服器、防火牆、VPN、雲端及寄存管理控制台、網站管理後台及門禁系統是否已啟用日誌，在無法被改動的地方保存一段指定時間，並把時鐘與可信的時間來源同步？',
    },
    why_it_matters: {
      en: 'Without logs you cannot tell what happened in an incident, what data was touched, or prove it to the PCPD, insurers or customers.',
      'zh-HK':
        '沒有日誌，你便無法得知事故中發生了甚麼、哪些資料受影響，亦無法向私隱專員公署、保險公司或客戶證明。',
    },
    how_to_comply: [
      {
        en: 'Turn on logging for logins, admin actions and firewall/VPN events.',
        'zh-HK': '為登入、管理操作及防火牆／VPN 事件啟用日誌。',
      },
      {
        en: 'Keep logs for a defined period (this product suggests at least 90 days, longer if a regulator requires) in a place ordinary admins cannot edit.',
        'zh-HK':
          '把日誌在一般管理員無法修改的地方保存指定時間（本產品建議最少 90 日；如監管機構有要求則更長）。',
      },
      {
        en: 'Synchronise clocks to a trusted time server such as the Hong Kong Observatory NTP service.',
        'zh-HK': '把時鐘與可信的時間伺服器同步，例如香港天文台的 NTP 服務。',
      },
    ],
    evidence: [
      {
        en: 'Logging settings',
        'zh-HK': '日誌設定',
      },
      {
        en: 'Log storage and retention configuration',
        'zh-HK': '日誌儲存及保留期設定',
      },
    ],
    severity: 'high',
    weight: 3,
    level: 2,
    applies_to: ['onprem_room', 'colo', 'cloud_iaas', 'website'],
    dpo_pgdcs: {
      theme: 'operation',
      clause: null,
      status: 'unmapped',
    },
    sources: [
      {
        ref: 'HK-S17',
        clause: '14.4.1, 14.4.3, 14.4.6, 18.1.2',
      },
      {
        ref: 'HK-G3',
        clause:
          '14.4(a) Logging - retention, protection, clock synchronisation (e.g. Hong Kong Observatory NTP)',
      },
      {
        ref: 'CIS-v8',
        clause: '8.1, 8.2, 8.3',
      },
      {
        ref: 'CISA-CPG',
        clause: '2.T Log Collection; 2.U Secure Log Storage',
      },
    ],
    scan: {
      linkable: false,
    },
  },
  {
    id: 'LOG-02',
    domain: 'LOG',
    title: {
      en: 'Someone looks at security alerts',
      'zh-HK': '有人查看保安警報',
    },
    question: {
      en: 'Does someone - staff or a managed security provider - review security alerts and key logs regularly (for example failed logins, new admin accounts, blocked attacks) and act on them?',
      'zh-HK':
        '是否有人（員工或受管理保安服務供應商）定期查看保安警報及主要日誌（例如登入失敗、新增管理員帳戶、被阻擋的攻擊）並採取行動？',
    },
    why_it_matters: {
      en: 'Logs only help if someone looks; early warning can stop an attack before ransomware is launched.',
      'zh-HK': '日誌要有人看才有用；及早預警可以在勒索軟件發動前截停攻擊。',
    },
    how_to_comply: [
      {
        en: 'Decide who reviews which alerts and how often (daily alerts, weekly summary).',
        'zh-HK': '決定由誰查看哪些警報及頻率（每日警報、每週摘要）。',
      },
      {
        en: 'Alert on repeated failed logins, new admin accounts and anti-malware detections.',
        'zh-HK': '就重複登入失敗、新增管理員帳戶及防惡意軟件偵測發出警報。',
      },
      {
        en: 'Consider a managed detection service if you have no in-house IT.',
        'zh-HK': '如沒有內部資訊科技人員，可考慮受管理的偵測服務。',
      },
    ],
    evidence: [
      {
        en: 'Review records or managed-service reports',
        'zh-HK': '查看紀錄或受管理服務報告',
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
        ref: 'HK-S17',
        clause: '14.4.5, 18.1.1',
      },
      {
        ref: 'HK-G3',
        clause: '14.4(b) Monitoring; 18.1(a) Incident Monitoring and Detection',
      },
      {
        ref: 'CISA-CPG',
        clause:
          '2.G Detection of Unsuccessful (Automated) Login Attempts; 3.A Detecting Relevant Threats and TTPs',
      },
      {
        ref: 'HK-SM01',
        clause: 'Annex A - Intrusion Detection & Monitoring questions',
      },
    ],
    scan: {
      linkable: false,
    },
  },
  {
    id: 'LOG-03',
    domain: 'LOG',
    title: {
      en: 'Facility alarms reach a person at any hour',
      'zh-HK': '設施警報任何時間都能通知到人',
    },
    question: {
      en: 'Do alarms for high temperature, UPS on battery, water leak, fire and out-of-hours door opening reach a named person by phone or SMS at any time?',
      'zh-HK':
        '高溫、不斷電系統轉用電池、漏水、火警及非辦公時間開門的警報，是否任何時間都會以電話或短訊通知指定人員？',
    },
    why_it_matters: {
      en: 'Most server-room disasters start at night or at weekends; an alarm nobody hears does not help.',
      'zh-HK': '大部分伺服器房災難都在晚上或週末發生；沒有人聽到的警報毫無幫助。',
    },
    how_to_comply: [
      {
        en: "Send sensor and UPS alerts to at least two people's phones.",
        'zh-HK': '把感應器及不斷電系統警報發送到最少兩個人的手機。',
      },
      {
        en: 'Test the alert path every quarter.',
        'zh-HK': '每季測試警報通知途徑。',
      },
      {
        en: 'Agree who attends on site out of hours.',
        'zh-HK': '議定非辦公時間由誰到場處理。',
      },
    ],
    evidence: [
      {
        en: 'Alert routing settings',
        'zh-HK': '警報通知設定',
      },
      {
        en: 'Last alert test record',
        'zh-HK': '最近一次警報測試紀錄',
      },
    ],
    severity: 'medium',
    weight: 2,
    level: 2,
    applies_to: ['onprem_room'],
    dpo_pgdcs: {
      theme: 'operation',
      clause: null,
      status: 'unmapped',
    },
    sources: [
      {
        ref: 'NIST-80053r5',
        clause: 'PE-6; PE-14 (monitoring with alarms)',
      },
      {
        ref: 'CSA-CCM4',
        clause: 'DCS-13',
      },
      {
        ref: 'HK-G3',
        clause: '13.1(b) audible heat-detector alarms; 13.1(c) intruder detection',
      },
    ],
    scan: {
      linkable: false,
    },
  },
]
