/** SYS: Systems, updates and malware. English wording is original paraphrase; zh-HK written for Hong Kong SMEs. */
import type { ChecklistItem } from '../types.ts'

export const systemsItems: readonly ChecklistItem[] = [
  {
    id: 'SYS-01',
    domain: 'SYS',
    title: {
      en: 'Only supported software is used',
      'zh-HK': '只使用仍獲支援的軟件',
    },
    question: {
      en: 'Is all your software, operating systems and device firmware still supported by the vendor with security updates (for example no Windows 7 or Server 2012, old website platforms or end-of-life routers)?',
      'zh-HK':
        '你所有的軟件、作業系統及裝置韌體是否仍獲供應商提供保安更新（例如沒有使用 Windows 7 或 Server 2012、舊版網站平台或已停止支援的路由器）？',
    },
    why_it_matters: {
      en: 'Unsupported products never get fixes, so every newly found weakness stays open for good.',
      'zh-HK': '已停止支援的產品永遠不會再有修補，每個新發現的弱點都會一直存在。',
    },
    how_to_comply: [
      {
        en: 'Use the asset list (AST-01) to record support end dates.',
        'zh-HK': '在資產清單（AST-01）中記錄支援終止日期。',
      },
      {
        en: 'Plan replacements before support ends; isolate anything that cannot be replaced yet.',
        'zh-HK': '在支援終止前計劃更換；暫時無法更換的要加以隔離。',
      },
      {
        en: 'Only install software from trusted sources.',
        'zh-HK': '只從可信來源安裝軟件。',
      },
    ],
    evidence: [
      {
        en: 'Asset list with support end dates',
        'zh-HK': '列明支援終止日期的資產清單',
      },
      {
        en: 'Replacement plan for anything unsupported',
        'zh-HK': '所有已停止支援項目的更換計劃',
      },
    ],
    severity: 'critical',
    weight: 5,
    level: 1,
    applies_to: ['all'],
    dpo_pgdcs: {
      theme: 'operation',
      clause: null,
      status: 'unmapped',
    },
    sources: [
      {
        ref: 'CIS-v8',
        clause: '2.2',
      },
      {
        ref: 'NCSC-CE',
        clause: 'Security update management - software must be licensed and supported',
      },
      {
        ref: 'HK-S17',
        clause: '14.6.1, 14.2.5',
      },
    ],
    scan: {
      linkable: true,
      relation: 'can_contradict',
      checks: ['SC-SW-01', 'SC-ASSET-01'],
      note: {
        en: "End-of-life web server or CMS versions found by the scan contradict a 'Yes'.",
        'zh-HK': '若掃描發現已停止支援的網頁伺服器或內容管理系統版本，即與「是」的答案不符。',
      },
    },
  },
  {
    id: 'SYS-02',
    domain: 'SYS',
    title: {
      en: 'Security updates go on within 14 days',
      'zh-HK': '保安更新在 14 日內安裝',
    },
    question: {
      en: 'Are critical and high-risk security updates installed within 14 days - on PCs, servers, website software, network devices, storage, virtualisation and UPS/management firmware - with automatic updates turned on where possible?',
      'zh-HK':
        '重大及高風險的保安更新是否在 14 日內安裝於電腦、伺服器、網站軟件、網絡設備、儲存設備、虛擬化平台及不斷電系統／管理介面韌體，並盡可能啟用自動更新？',
    },
    why_it_matters: {
      en: 'Most break-ins use weaknesses that already have a fix; attackers move within days of a patch being released.',
      'zh-HK': '大部分入侵都利用早已有修補的弱點；修補推出後數天內，攻擊者便會行動。',
    },
    how_to_comply: [
      {
        en: 'Turn on automatic updates for PCs, browsers and office software.',
        'zh-HK': '為電腦、瀏覽器及辦公室軟件啟用自動更新。',
      },
      {
        en: 'Check monthly for server, firewall, VPN, NAS and firmware updates; apply critical ones within 14 days.',
        'zh-HK': '每月檢查伺服器、防火牆、VPN、NAS 及韌體更新；重大更新須在 14 日內安裝。',
      },
      {
        en: 'Test important updates first where possible, and keep a record (SYS-05).',
        'zh-HK': '盡可能先測試重要更新，並作紀錄（SYS-05）。',
      },
    ],
    evidence: [
      {
        en: 'Patch report or update console screenshot',
        'zh-HK': '修補報告或更新控制台截圖',
      },
      {
        en: 'Patch log for servers and network devices',
        'zh-HK': '伺服器及網絡設備的修補紀錄',
      },
    ],
    severity: 'critical',
    weight: 5,
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
        clause: '14.6.1, 14.6.2',
      },
      {
        ref: 'HK-G3',
        clause: '14.6(a) Patch Management',
      },
      {
        ref: 'NCSC-CE',
        clause: 'Security update management - high/critical updates within 14 days',
      },
      {
        ref: 'CIS-v8',
        clause: '7.1, 7.3, 7.4, 12.1',
      },
      {
        ref: 'CISA-CPG',
        clause: '1.E Mitigating Known Vulnerabilities',
      },
    ],
    scan: {
      linkable: true,
      relation: 'can_contradict',
      checks: ['SC-SW-01'],
      note: {
        en: "Known-vulnerable versions on internet-facing hosts contradict a 'Yes'; a clean result does not prove internal systems are patched.",
        'zh-HK':
          '若在面向互聯網的主機上發現有已知漏洞的版本，即與「是」的答案不符；結果正常並不證明內部系統已修補。',
      },
    },
  },
  {
    id: 'SYS-03',
    domain: 'SYS',
    title: {
      en: 'Anti-malware protects every computer',
      'zh-HK': '每部電腦都有防惡意軟件保護',
    },
    question: {
      en: 'Is anti-malware protection running on all PCs and servers, updating at least daily, and alerting someone when it finds something?',
      'zh-HK': '所有電腦及伺服器是否都運行防惡意軟件，最少每日更新，並在發現問題時通知相關人員？',
    },
    why_it_matters: {
      en: 'Anti-malware stops much commodity malware and gives early warning of an infection.',
      'zh-HK': '防惡意軟件可阻止大部分常見的惡意軟件，並及早發出受感染的警告。',
    },
    how_to_comply: [
      {
        en: 'Install reputable anti-malware (built-in tools are fine) on every PC and server.',
        'zh-HK': '在每部電腦及伺服器安裝信譽良好的防惡意軟件（內置工具亦可）。',
      },
      {
        en: 'Keep signatures updating automatically at least daily; scan downloads and USB media.',
        'zh-HK': '病毒定義最少每日自動更新；掃描下載檔案及 USB 媒體。',
      },
      {
        en: 'Send alerts to the security owner or IT provider.',
        'zh-HK': '把警報發送給保安負責人或資訊科技服務供應商。',
      },
    ],
    evidence: [
      {
        en: 'Console or screenshot showing coverage and last update',
        'zh-HK': '顯示覆蓋範圍及最近更新時間的控制台或截圖',
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
        clause: '14.2.1, 14.2.2, 14.2.3',
      },
      {
        ref: 'HK-G3',
        clause: '14.2(a)-(c) Protection from Malware - definitions updated at least daily',
      },
      {
        ref: 'NCSC-CE',
        clause: 'Malware protection',
      },
      {
        ref: 'CIS-v8',
        clause: '10.1, 10.2, 10.3',
      },
      {
        ref: 'CSA-CCM4',
        clause: 'UEM-09',
      },
    ],
    scan: {
      linkable: false,
    },
  },
  {
    id: 'SYS-04',
    domain: 'SYS',
    title: {
      en: 'Systems are set up securely',
      'zh-HK': '系統已安全設定',
    },
    question: {
      en: 'Are systems set up securely - unused software, services, accounts and sample files removed, auto-run disabled and screens locking automatically - following a written setup checklist?',
      'zh-HK':
        '系統是否已按書面設定核對清單安全設定，包括移除不使用的軟件、服務、帳戶及範例檔案，停用自動執行，並設定螢幕自動鎖定？',
    },
    why_it_matters: {
      en: 'Default installs switch on far more than you need; every unused service is another way in.',
      'zh-HK': '預設安裝會開啟遠超你所需的功能；每項不使用的服務都是多一條入侵途徑。',
    },
    how_to_comply: [
      {
        en: 'Write a short build checklist for PCs, servers and web servers.',
        'zh-HK': '為電腦、伺服器及網頁伺服器寫一份簡短的設定核對清單。',
      },
      {
        en: 'Remove unused software, services and sample content; disable auto-run.',
        'zh-HK': '移除不使用的軟件、服務及範例內容；停用自動執行。',
      },
      {
        en: 'Set screens to lock after a few minutes of inactivity.',
        'zh-HK': '設定螢幕在閒置數分鐘後自動鎖定。',
      },
    ],
    evidence: [
      {
        en: 'Build checklist',
        'zh-HK': '設定核對清單',
      },
      {
        en: 'Evidence of applied settings',
        'zh-HK': '已套用設定的證明',
      },
    ],
    severity: 'high',
    weight: 3,
    level: 1,
    applies_to: ['all'],
    dpo_pgdcs: {
      theme: 'design',
      clause: null,
      status: 'unmapped',
    },
    sources: [
      {
        ref: 'HK-S17',
        clause: '14.1.1, 13.2.4',
      },
      {
        ref: 'HK-G3',
        clause:
          '14.1(a) Least Functionality; 14.1(c) baseline configuration; 16.1(c) remove unnecessary items',
      },
      {
        ref: 'NCSC-CE',
        clause: 'Secure configuration',
      },
      {
        ref: 'CIS-v8',
        clause: '4.1, 4.3, 10.3',
      },
      {
        ref: 'CISA-CPG',
        clause: '2.O Document Device Configurations',
      },
    ],
    scan: {
      linkable: true,
      relation: 'can_contradict',
      checks: ['SC-INFO-01', 'SC-INFO-02', 'SC-INFO-03'],
      note: {
        en: "Default pages, version banners or exposed files on the web server contradict a 'Yes'.",
        'zh-HK': '網頁伺服器上的預設頁面、版本標示或外露檔案，與「是」的答案不符。',
      },
    },
  },
  {
    id: 'SYS-05',
    domain: 'SYS',
    title: {
      en: 'Changes are controlled',
      'zh-HK': '變更受到管控',
    },
    question: {
      en: 'Are changes to servers, firewalls and the website planned, approved, tested, recorded and reversible (with a way to roll back)?',
      'zh-HK':
        '對伺服器、防火牆及網站的變更，是否經過規劃、批准、測試及記錄，並可以還原（有回復方法）？',
    },
    why_it_matters: {
      en: 'Unplanned changes cause outages and security gaps; a record also helps investigate incidents.',
      'zh-HK': '未經規劃的變更會導致系統停頓及保安漏洞；變更紀錄亦有助調查事故。',
    },
    how_to_comply: [
      {
        en: 'Keep a simple change log: what, why, who approved, when, how to roll back.',
        'zh-HK': '備存簡單的變更紀錄：改了甚麼、原因、由誰批准、時間及如何回復。',
      },
      {
        en: 'Back up configurations before changes.',
        'zh-HK': '變更前先備份設定。',
      },
      {
        en: 'Allow an emergency-change route, recorded afterwards.',
        'zh-HK': '設立緊急變更途徑，事後補回紀錄。',
      },
    ],
    evidence: [
      {
        en: 'Change log',
        'zh-HK': '變更紀錄',
      },
    ],
    severity: 'medium',
    weight: 2,
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
        clause: '14.5.2, 16.2.5',
      },
      {
        ref: 'HK-G3',
        clause: '14.1(b) Change Management',
      },
      {
        ref: 'ISO27001-2022',
        clause: 'A.8.32',
      },
      {
        ref: 'HKMA-TMG1',
        clause: '4.3 Change management',
      },
    ],
    scan: {
      linkable: false,
    },
  },
  {
    id: 'SYS-06',
    domain: 'SYS',
    title: {
      en: 'Internet-facing systems are tested regularly',
      'zh-HK': '定期測試面向互聯網的系統',
    },
    question: {
      en: 'Are your website and other internet-facing systems scanned for vulnerabilities regularly (for example monthly, and before go-live or major changes), with a penetration test for important systems, and are the findings fixed?',
      'zh-HK':
        '你的網站及其他面向互聯網的系統是否定期進行漏洞掃描（例如每月一次，以及在推出或重大變更前），重要系統亦有進行滲透測試，而發現的問題都會修正？',
    },
    why_it_matters: {
      en: 'Regular scanning finds problems before attackers do; Hong Kong government practice expects scans before production and after major changes.',
      'zh-HK':
        '定期掃描可以比攻擊者更早發現問題；香港政府的實務做法要求在投入運作前及重大變更後進行掃描。',
    },
    how_to_comply: [
      {
        en: "Schedule the product's external scan at least monthly and after changes.",
        'zh-HK': '安排本產品的外部掃描最少每月一次，並在變更後再掃描。',
      },
      {
        en: 'Commission a penetration test for systems handling payments or much personal data.',
        'zh-HK': '為處理付款或大量個人資料的系統委託進行滲透測試。',
      },
      {
        en: 'Track findings to closure and re-scan to verify (Check-Act-Verify).',
        'zh-HK': '跟進每項發現直至解決，並重新掃描確認（檢查─行動─核實）。',
      },
    ],
    evidence: [
      {
        en: 'Scan history',
        'zh-HK': '掃描紀錄',
      },
      {
        en: 'Penetration test report and remediation tracker',
        'zh-HK': '滲透測試報告及修正進度表',
      },
    ],
    severity: 'high',
    weight: 3,
    level: 2,
    applies_to: ['website', 'onprem_room', 'colo', 'cloud_iaas'],
    dpo_pgdcs: {
      theme: 'operation',
      clause: null,
      status: 'unmapped',
    },
    sources: [
      {
        ref: 'HK-G3',
        clause:
          '20.2(c) Technical Compliance Review - scan/pen-test Internet-facing websites regularly, before production and before major changes',
      },
      {
        ref: 'HK-S17',
        clause: '20.2.3',
      },
      {
        ref: 'CIS-v8',
        clause: '7.1, 7.2',
      },
      {
        ref: 'CSA-CCM4',
        clause: 'TVM-06, TVM-07',
      },
      {
        ref: 'HK-CSIP-WEB',
        clause: 'item 7 Security scan',
      },
      {
        ref: 'HKCERT-WHC',
        clause: 'Check-Act-Verify',
      },
    ],
    scan: {
      linkable: true,
      relation: 'indicates',
      checks: ['SC-TLS-01', 'SC-SW-01', 'SC-INFO-01', 'SC-PORT-01'],
      note: {
        en: "This product's own scan history is evidence of scanning frequency; critical findings left open for more than 30 days suggest findings are not being fixed. Penetration testing needs a separate report.",
        'zh-HK':
          '本產品的掃描紀錄可作為掃描頻率的證據；嚴重問題超過 30 日仍未處理，顯示發現的問題沒有被修正。滲透測試需另備報告。',
      },
    },
  },
]
