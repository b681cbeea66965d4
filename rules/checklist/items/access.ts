/** IAM: Accounts and access. English wording is original paraphrase; zh-HK written for Hong Kong SMEs. */
import type { ChecklistItem } from '../types.ts'

export const accessItems: readonly ChecklistItem[] = [
  {
    id: 'IAM-01',
    domain: 'IAM',
    title: {
      en: 'Everyone has their own login',
      'zh-HK': '每人都有自己的登入帳戶',
    },
    question: {
      en: "Does every person have their own account for email, servers, cloud consoles, the data-centre customer portal and the website admin - with no shared logins such as 'admin' or 'office'?",
      'zh-HK':
        '每個人在電郵、伺服器、雲端控制台、數據中心客戶網站及網站管理後台是否都有自己的帳戶，而沒有「admin」或「office」之類的共用登入？',
    },
    why_it_matters: {
      en: 'Shared accounts cannot be switched off for one leaver and make it impossible to see who did what.',
      'zh-HK': '共用帳戶無法只為一位離職者停用，亦令你無從知道誰做了甚麼。',
    },
    how_to_comply: [
      {
        en: 'Create one account per person; disable or rename generic accounts.',
        'zh-HK': '每人一個帳戶；停用或重新命名通用帳戶。',
      },
      {
        en: 'Where a shared account is unavoidable, keep its password in a password manager and log its use.',
        'zh-HK': '如無法避免共用帳戶，把密碼存放在密碼管理工具內，並記錄其使用情況。',
      },
      {
        en: "Record each account's owner in an account list.",
        'zh-HK': '在帳戶清單中記錄每個帳戶的負責人。',
      },
    ],
    evidence: [
      {
        en: 'Account list per system',
        'zh-HK': '各系統的帳戶清單',
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
        clause: '11.2.6, 11.3.1',
      },
      {
        ref: 'CISA-CPG',
        clause: '2.C Unique Credentials',
      },
      {
        ref: 'CIS-v8',
        clause: '5.1',
      },
      {
        ref: 'CSA-CCM4',
        clause: 'IAM-13',
      },
    ],
    scan: {
      linkable: false,
    },
  },
  {
    id: 'IAM-02',
    domain: 'IAM',
    title: {
      en: 'Multi-factor authentication is on',
      'zh-HK': '已啟用多重認證',
    },
    question: {
      en: 'Is multi-factor authentication (a code, app prompt or security key on top of the password) turned on for email, cloud and hosting control panels, remote access, the website admin and the data-centre portal?',
      'zh-HK':
        '電郵、雲端及寄存控制台、遙距存取、網站管理後台及數據中心客戶網站，是否都已啟用多重認證（在密碼以外再加上驗證碼、應用程式確認或保安金鑰）？',
    },
    why_it_matters: {
      en: 'MFA stops most attacks that use stolen or guessed passwords.',
      'zh-HK': '多重認證可以阻止大部分利用被盜或被猜中密碼的攻擊。',
    },
    how_to_comply: [
      {
        en: 'Turn on MFA for all staff email and cloud accounts first, then admin and remote access.',
        'zh-HK': '先為所有員工的電郵及雲端帳戶啟用多重認證，然後是管理及遙距存取帳戶。',
      },
      {
        en: 'Prefer authenticator apps or security keys over SMS for administrators.',
        'zh-HK': '管理員宜使用認證應用程式或保安金鑰，而不是短訊。',
      },
      {
        en: 'Keep recovery codes safe.',
        'zh-HK': '妥善保存復原碼。',
      },
    ],
    evidence: [
      {
        en: 'Admin console report showing MFA enrolment',
        'zh-HK': '顯示多重認證登記情況的管理控制台報告',
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
        ref: 'CIS-v8',
        clause: '6.3, 6.4, 6.5',
      },
      {
        ref: 'CISA-CPG',
        clause: '2.H Phishing-Resistant MFA',
      },
      {
        ref: 'NCSC-CE',
        clause: 'User access control',
      },
      {
        ref: 'CSA-CCM4',
        clause: 'IAM-14',
      },
      {
        ref: 'HK-G3',
        clause: '15.1(h) Internet Security - two-factor authentication',
      },
    ],
    scan: {
      linkable: false,
    },
  },
  {
    id: 'IAM-03',
    domain: 'IAM',
    title: {
      en: 'Admin rights are kept to a minimum',
      'zh-HK': '管理員權限減至最少',
    },
    question: {
      en: 'Are administrator rights given only to people who need them, through separate admin accounts that are not used for everyday e-mail and web browsing?',
      'zh-HK':
        '管理員權限是否只給予有需要的人，並透過獨立的管理員帳戶使用，而不是用日常收發電郵及瀏覽網頁的帳戶？',
    },
    why_it_matters: {
      en: 'Malware runs with the rights of the person who opened it; everyday admin accounts turn one click into a full compromise.',
      'zh-HK':
        '惡意軟件會以開啟它的人的權限運行；日常使用管理員帳戶，一下點擊就可能令整個系統淪陷。',
    },
    how_to_comply: [
      {
        en: 'Give staff standard accounts for daily work.',
        'zh-HK': '員工日常工作使用標準帳戶。',
      },
      {
        en: 'Create separate admin accounts for the few who need them.',
        'zh-HK': '為少數有需要的人另設管理員帳戶。',
      },
      {
        en: 'Review who has admin rights every six months.',
        'zh-HK': '每六個月檢視一次誰擁有管理員權限。',
      },
    ],
    evidence: [
      {
        en: 'List of admin accounts and last review date',
        'zh-HK': '管理員帳戶清單及最近檢視日期',
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
        clause: '11.1.1, 11.2.3, 11.2.4',
      },
      {
        ref: 'CIS-v8',
        clause: '5.4',
      },
      {
        ref: 'CISA-CPG',
        clause: '2.E Separating User and Privileged Accounts',
      },
      {
        ref: 'NCSC-CE',
        clause: 'User access control',
      },
    ],
    scan: {
      linkable: false,
    },
  },
  {
    id: 'IAM-04',
    domain: 'IAM',
    title: {
      en: 'Leavers lose access the same day',
      'zh-HK': '離職者即日失去存取權',
    },
    question: {
      en: 'When someone leaves or changes role, are all their accounts, VPN, cloud access, door cards, keys and data-centre access removed promptly - the same day for leavers?',
      'zh-HK':
        '有人離職或調職時，其所有帳戶、VPN、雲端存取、門卡、鎖匙及數據中心進出權限是否都會盡快取消（離職者須即日取消）？',
    },
    why_it_matters: {
      en: 'Former staff and contractors with working access are a frequent cause of data loss and sabotage.',
      'zh-HK': '仍有存取權的前員工及承辦商，是資料遺失及蓄意破壞的常見成因。',
    },
    how_to_comply: [
      {
        en: 'Use a leaver checklist covering IT accounts, cloud services, physical keys/cards and the data-centre visitor list.',
        'zh-HK': '使用離職核對清單，涵蓋資訊科技帳戶、雲端服務、實體鎖匙／門卡及數據中心訪客名單。',
      },
      {
        en: 'HR tells IT before the last day.',
        'zh-HK': '人力資源部在員工最後上班日前通知資訊科技部。',
      },
      {
        en: 'Check monthly for accounts not used for 45 days or more.',
        'zh-HK': '每月檢查 45 日或以上未有使用的帳戶。',
      },
    ],
    evidence: [
      {
        en: 'Completed leaver checklists',
        'zh-HK': '已完成的離職核對清單',
      },
      {
        en: 'Dormant-account review record',
        'zh-HK': '閒置帳戶檢視紀錄',
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
        clause: '11.2.5, 10.1.4, 9.1.9',
      },
      {
        ref: 'CIS-v8',
        clause: '5.3, 6.2',
      },
      {
        ref: 'CISA-CPG',
        clause: '2.D Revoking Credentials for Departing Employees',
      },
      {
        ref: 'CSA-CCM4',
        clause: 'IAM-07',
      },
    ],
    scan: {
      linkable: false,
    },
  },
  {
    id: 'IAM-05',
    domain: 'IAM',
    title: {
      en: 'Default passwords are changed',
      'zh-HK': '已更改預設密碼',
    },
    question: {
      en: 'Have factory default passwords been changed on every device and system - routers, firewalls, Wi-Fi, NAS, printers, CCTV recorders, UPS/PDU network cards and server-management interfaces (iLO/iDRAC/IPMI)?',
      'zh-HK':
        '每部裝置及每個系統的出廠預設密碼是否都已更改，包括路由器、防火牆、Wi-Fi、NAS、打印機、閉路電視錄影機、不斷電系統／配電單元網絡卡及伺服器管理介面（iLO／iDRAC／IPMI）？',
    },
    why_it_matters: {
      en: 'Default passwords are published online and are tried automatically by attackers within minutes of a device going online.',
      'zh-HK': '預設密碼在網上公開可查，裝置一上線，攻擊者幾分鐘內便會自動嘗試。',
    },
    how_to_comply: [
      {
        en: 'Change every default password at installation, using a password manager.',
        'zh-HK': '安裝時更改所有預設密碼，並使用密碼管理工具保存。',
      },
      {
        en: 'Disable default accounts where possible.',
        'zh-HK': '盡可能停用預設帳戶。',
      },
      {
        en: "Include 'default password changed' in your setup checklist.",
        'zh-HK': '在安裝核對清單中加入「已更改預設密碼」一項。',
      },
    ],
    evidence: [
      {
        en: 'Setup checklist or device list marked with password-changed date',
        'zh-HK': '註明密碼更改日期的安裝核對清單或裝置清單',
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
        clause: '11.4.5',
      },
      {
        ref: 'CIS-v8',
        clause: '4.7',
      },
      {
        ref: 'CISA-CPG',
        clause: '2.A Changing Default Passwords',
      },
      {
        ref: 'NCSC-CE',
        clause: 'Secure configuration',
      },
    ],
    scan: {
      linkable: false,
    },
  },
  {
    id: 'IAM-06',
    domain: 'IAM',
    title: {
      en: 'Passwords are strong and guessing is blocked',
      'zh-HK': '密碼夠強，並能阻止猜測',
    },
    question: {
      en: 'Do you require long, unique passwords (a password manager helps), and do systems block or slow down repeated wrong guesses?',
      'zh-HK':
        '你是否要求使用長而獨一無二的密碼（密碼管理工具可幫忙），而系統會否阻擋或減慢重複的錯誤嘗試？',
    },
    why_it_matters: {
      en: 'Reused and short passwords are cracked or stuffed from other breaches; lockout or throttling stops automated guessing.',
      'zh-HK':
        '重複使用或太短的密碼容易被破解，或被利用其他外洩資料「撞庫」；鎖定或限速可阻止自動猜測。',
    },
    how_to_comply: [
      {
        en: 'Set a minimum length (for example 12+ characters, or longer where MFA is not possible).',
        'zh-HK': '設定最短長度（例如 12 個字元或以上；未能使用多重認證時應更長）。',
      },
      {
        en: 'Provide a company password manager.',
        'zh-HK': '提供公司的密碼管理工具。',
      },
      {
        en: 'Enable account lockout or throttling on all login pages, VPN and e-mail.',
        'zh-HK': '在所有登入頁面、VPN 及電郵啟用帳戶鎖定或限速。',
      },
    ],
    evidence: [
      {
        en: 'Password policy settings',
        'zh-HK': '密碼政策設定',
      },
      {
        en: 'Lockout/throttling settings',
        'zh-HK': '鎖定／限速設定',
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
        clause: '11.4.2, 11.4.3',
      },
      {
        ref: 'CISA-CPG',
        clause:
          '2.B Minimum Password Strength; 2.G Detection of Unsuccessful (Automated) Login Attempts',
      },
      {
        ref: 'NCSC-CE',
        clause: 'User access control',
      },
      {
        ref: 'NCSC-SBG',
        clause: 'Using passwords to protect your data',
      },
    ],
    scan: {
      linkable: false,
    },
  },
]
