/** BCK: Backup, continuity and recovery. English wording is original paraphrase; zh-HK written for Hong Kong SMEs. */
import type { ChecklistItem } from '../types.ts'

export const backupItems: readonly ChecklistItem[] = [
  {
    id: 'BCK-01',
    domain: 'BCK',
    title: {
      en: 'Backups run automatically and regularly',
      'zh-HK': '備份自動定期進行',
    },
    question: {
      en: 'Are your important data, server settings and website backed up automatically on a schedule that matches how much data you could afford to lose (for example daily)?',
      'zh-HK':
        '你的重要資料、伺服器設定及網站是否按時間表自動備份，而備份頻率與你可承受遺失的資料量相符（例如每日）？',
    },
    why_it_matters: {
      en: 'Backups are the difference between a bad day and closing the business after ransomware, fire or hardware failure.',
      'zh-HK': '遇上勒索軟件、火警或硬件故障時，有沒有備份就是「難過一天」與「結業」的分別。',
    },
    how_to_comply: [
      {
        en: 'Decide how much data you can afford to lose and set backup frequency to match.',
        'zh-HK': '決定你可承受遺失多少資料，並按此設定備份頻率。',
      },
      {
        en: 'Back up data, system/configuration images and the website (files and database).',
        'zh-HK': '備份資料、系統／設定映像及網站（檔案及資料庫）。',
      },
      {
        en: 'Keep several generations (at least three) so you can go back before an infection.',
        'zh-HK': '保留多個版本（最少三代），以便回復到受感染之前的狀態。',
      },
    ],
    evidence: [
      {
        en: 'Backup job list and recent success reports',
        'zh-HK': '備份工作清單及近期成功報告',
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
        clause: '14.3.1',
      },
      {
        ref: 'HK-G3',
        clause:
          '14.3(a) Data Backup and Recovery - frequency by impact; at least three generations',
      },
      {
        ref: 'CIS-v8',
        clause: '11.1, 11.2',
      },
      {
        ref: 'CISA-CPG',
        clause: '2.R System Back Ups',
      },
      {
        ref: 'NCSC-SBG',
        clause: 'Backing up your data',
      },
      {
        ref: 'CSA-SG-CE',
        clause: 'Backup',
      },
    ],
    scan: {
      linkable: false,
    },
  },
  {
    id: 'BCK-02',
    domain: 'BCK',
    title: {
      en: 'One backup copy is out of reach of attackers',
      'zh-HK': '有一份備份是攻擊者接觸不到的',
    },
    question: {
      en: 'Is at least one backup copy kept offline or immutable (cannot be changed or deleted from your normal network and accounts) and stored at a different location from the servers?',
      'zh-HK':
        '是否最少有一份備份離線保存或不可更改（無法從你的日常網絡及帳戶修改或刪除），並存放在與伺服器不同的地點？',
    },
    why_it_matters: {
      en: 'Ransomware gangs delete or encrypt reachable backups first; a fire or flood destroys on-site copies.',
      'zh-HK': '勒索軟件集團會先刪除或加密可接觸到的備份；火警或水浸則會摧毀存放在現場的副本。',
    },
    how_to_comply: [
      {
        en: 'Keep one copy disconnected (rotated drive or tape) or in immutable/object-lock cloud storage.',
        'zh-HK': '保留一份斷開連接的副本（輪換硬碟或磁帶），或使用不可更改／物件鎖定的雲端儲存。',
      },
      {
        en: 'Store it away from the primary site.',
        'zh-HK': '把它存放在主要地點以外。',
      },
      {
        en: 'Use separate credentials for the backup system.',
        'zh-HK': '備份系統使用獨立的登入憑證。',
      },
    ],
    evidence: [
      {
        en: 'Description of the offline/immutable copy and its location',
        'zh-HK': '離線／不可更改副本及其存放地點的說明',
      },
    ],
    severity: 'critical',
    weight: 5,
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
        clause: '14.3.4',
      },
      {
        ref: 'HK-G3',
        clause:
          '14.3(b) Devices and Media for Data Backup - disconnected copy; remote secure location',
      },
      {
        ref: 'CIS-v8',
        clause: '11.4',
      },
      {
        ref: 'NCSC-SBG',
        clause: 'Keep your backup separate from your computer',
      },
    ],
    scan: {
      linkable: false,
    },
  },
  {
    id: 'BCK-03',
    domain: 'BCK',
    title: {
      en: 'Backups are protected',
      'zh-HK': '備份受到保護',
    },
    question: {
      en: 'Are backups encrypted, and can only a few authorised people access or delete them?',
      'zh-HK': '備份是否已加密，而且只有少數獲授權人士可以存取或刪除？',
    },
    why_it_matters: {
      en: 'A backup holds all your data in one place; an unprotected backup is an easy target for theft.',
      'zh-HK': '備份把你所有資料集中在一處；沒有保護的備份是容易被盜取的目標。',
    },
    how_to_comply: [
      {
        en: 'Encrypt backups at rest and in transit.',
        'zh-HK': '備份在儲存及傳送時都要加密。',
      },
      {
        en: 'Limit backup-system access to named administrators with MFA.',
        'zh-HK': '只容許設有多重認證的指定管理員存取備份系統。',
      },
      {
        en: 'Log access to backup media and storage.',
        'zh-HK': '記錄對備份媒體及儲存的存取。',
      },
    ],
    evidence: [
      {
        en: 'Backup encryption and access settings',
        'zh-HK': '備份加密及存取設定',
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
        clause: '14.3.3',
      },
      {
        ref: 'HK-G3',
        clause: '14.3(b) - authorised access only; movement logged; encryption in transport',
      },
      {
        ref: 'CIS-v8',
        clause: '11.3',
      },
    ],
    scan: {
      linkable: false,
    },
  },
  {
    id: 'BCK-04',
    domain: 'BCK',
    title: {
      en: 'Restores are tested',
      'zh-HK': '已測試還原',
    },
    question: {
      en: 'Have you actually restored data - and a whole server or the website - from backup in the last 12 months, and checked how long it took?',
      'zh-HK': '過去 12 個月內，你是否真的從備份還原過資料，以及整部伺服器或網站，並檢查所需時間？',
    },
    why_it_matters: {
      en: 'Many firms discover broken or incomplete backups only during an emergency.',
      'zh-HK': '不少公司要到緊急關頭才發現備份已損壞或不完整。',
    },
    how_to_comply: [
      {
        en: 'Do a test restore at least yearly (quarterly for critical systems).',
        'zh-HK': '最少每年測試還原一次（關鍵系統每季一次）。',
      },
      {
        en: 'Time the restore and compare with what the business can tolerate.',
        'zh-HK': '計算還原所需時間，並與業務可承受的時間比較。',
      },
      {
        en: 'Record the result and fix any problems.',
        'zh-HK': '記錄結果並修正任何問題。',
      },
    ],
    evidence: [
      {
        en: 'Restore test records with dates and timings',
        'zh-HK': '附日期及所需時間的還原測試紀錄',
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
        clause: '14.3.2',
      },
      {
        ref: 'HK-G3',
        clause:
          '14.3(a) - restoration tests covering media, tools, procedures and restoration time',
      },
      {
        ref: 'NCSC-SBG',
        clause: 'Backing up your data',
      },
      {
        ref: 'CIS-v8',
        clause: '11.1',
      },
    ],
    scan: {
      linkable: false,
    },
  },
  {
    id: 'BCK-05',
    domain: 'BCK',
    title: {
      en: 'There is a tested continuity and recovery plan',
      'zh-HK': '有經測試的業務持續及災難復原計劃',
    },
    question: {
      en: 'Do you have a written plan for keeping the business running if your server room, data centre or main cloud service is unavailable (fire, flood, typhoon, long power cut, ransomware) - with target recovery times - and has it been tested in the last year?',
      'zh-HK':
        '如果伺服器房、數據中心或主要雲端服務無法使用（火警、水浸、颱風、長時間停電、勒索軟件），你是否有書面計劃維持業務運作，並訂有目標復原時間？過去一年有否測試？',
    },
    why_it_matters: {
      en: 'A plan agreed in advance turns days of confusion into hours of recovery.',
      'zh-HK': '預先議定的計劃，可以把數天的混亂變成數小時的復原工作。',
    },
    how_to_comply: [
      {
        en: 'Rank your systems by how long the business can do without them (recovery time) and how much data it can lose (recovery point).',
        'zh-HK': '按業務可以沒有各系統多久（復原時間）及可遺失多少資料（復原點）為系統排序。',
      },
      {
        en: "Decide where you would run them (cloud, another office, provider's second site).",
        'zh-HK': '決定在哪裏運行這些系統（雲端、另一辦公室、供應商的第二個場地）。',
      },
      {
        en: 'Practise the plan at least yearly, even as a one-hour tabletop exercise.',
        'zh-HK': '最少每年演練一次，即使只是一小時的桌面演習亦可。',
      },
    ],
    evidence: [
      {
        en: 'Continuity/DR plan',
        'zh-HK': '業務持續／災難復原計劃',
      },
      {
        en: 'Exercise record',
        'zh-HK': '演練紀錄',
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
        clause: '19.1.1, 19.1.2, 19.2.1',
      },
      {
        ref: 'HK-G3',
        clause:
          '19.1(a) Contingency Management; 19.1(b) Disaster Recovery Planning and drills; 19.2(a) failover tested',
      },
      {
        ref: 'ISO27001-2022',
        clause: 'A.5.29, A.5.30',
      },
      {
        ref: 'HKMA-TMG1',
        clause: '5.4 Disaster recovery planning',
      },
      {
        ref: 'CISA-CPG',
        clause: '5.A Incident Planning and Preparedness',
      },
    ],
    scan: {
      linkable: false,
    },
  },
]
