/** NET: Network protection. English wording is original paraphrase; zh-HK written for Hong Kong SMEs. */
import type { ChecklistItem } from '../types.ts'

export const networkItems: readonly ChecklistItem[] = [
  {
    id: 'NET-01',
    domain: 'NET',
    title: {
      en: 'A firewall blocks unwanted traffic',
      'zh-HK': '防火牆阻擋不必要的連線',
    },
    question: {
      en: 'Is every office network and server protected by a firewall that blocks all incoming connections except the few you need, with the rules written down and reviewed at least yearly?',
      'zh-HK':
        '每個辦公室網絡及伺服器是否都受防火牆保護，除少數必要服務外阻擋所有傳入連線，而且規則有書面紀錄並最少每年檢視一次？',
    },
    why_it_matters: {
      en: "A firewall is the basic barrier between the internet and your systems; forgotten 'temporary' rules are a common gap.",
      'zh-HK': '防火牆是互聯網與你的系統之間的基本屏障；被遺忘的「臨時」規則是常見的漏洞。',
    },
    how_to_comply: [
      {
        en: 'Deny all inbound traffic by default and allow only named services.',
        'zh-HK': '預設拒絕所有傳入流量，只容許指定服務。',
      },
      {
        en: 'Turn on the built-in firewall on every server and PC as well.',
        'zh-HK': '同時在每部伺服器及電腦啟用內置防火牆。',
      },
      {
        en: 'Document each rule (why, who asked, date) and review yearly.',
        'zh-HK': '為每條規則記錄原因、提出人及日期，並每年檢視。',
      },
    ],
    evidence: [
      {
        en: 'Firewall rule export with comments',
        'zh-HK': '附註釋的防火牆規則匯出',
      },
      {
        en: 'Last rule-review date',
        'zh-HK': '最近一次規則檢視日期',
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
        clause: '15.1.2, 15.1.3',
      },
      {
        ref: 'HK-G3',
        clause: '15.1(i) Gateway-level Protection; 15.1(j) Client-level Protection',
      },
      {
        ref: 'NCSC-CE',
        clause: 'Firewalls',
      },
      {
        ref: 'CIS-v8',
        clause: '4.4, 4.5',
      },
      {
        ref: 'CSA-CCM4',
        clause: 'IVS-03',
      },
    ],
    scan: {
      linkable: true,
      relation: 'can_contradict',
      checks: ['SC-PORT-01'],
      note: {
        en: 'Unexpected open services on scanned hosts show inbound filtering is incomplete; a clean scan covers only the hosts scanned.',
        'zh-HK':
          '若在已掃描的主機上發現意料之外的開放服務，即表示傳入過濾不完整；掃描結果正常亦只涵蓋已掃描的主機。',
      },
    },
  },
  {
    id: 'NET-02',
    domain: 'NET',
    title: {
      en: 'No risky services are exposed to the internet',
      'zh-HK': '沒有高風險服務暴露於互聯網',
    },
    question: {
      en: 'Have you made sure that remote desktop (RDP), file sharing, databases, VNC, FTP/Telnet, NAS/printers, CCTV recorders and server-management interfaces (iLO/iDRAC/IPMI) cannot be reached directly from the internet?',
      'zh-HK':
        '你是否已確保遠端桌面（RDP）、檔案共享、資料庫、VNC、FTP／Telnet、NAS／打印機、閉路電視錄影機及伺服器管理介面（iLO／iDRAC／IPMI）無法直接從互聯網連接？',
    },
    why_it_matters: {
      en: 'Exposed remote-access and management services are a leading route for ransomware into small businesses.',
      'zh-HK': '暴露在外的遙距存取和管理服務，是勒索軟件入侵中小企的主要途徑。',
    },
    how_to_comply: [
      {
        en: 'Close these services at the firewall; reach them only through a VPN (NET-03).',
        'zh-HK': '在防火牆關閉這些服務；只可經 VPN（NET-03）連接。',
      },
      {
        en: 'Switch off services you do not use on servers and devices.',
        'zh-HK': '關閉伺服器及裝置上不使用的服務。',
      },
      {
        en: 'Re-scan after any network change.',
        'zh-HK': '每次網絡變動後重新掃描。',
      },
    ],
    evidence: [
      {
        en: 'External port-scan report',
        'zh-HK': '外部連接埠掃描報告',
      },
      {
        en: 'Firewall rules showing no such services allowed from the internet',
        'zh-HK': '顯示不容許從互聯網連接這些服務的防火牆規則',
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
        ref: 'CISA-CPG',
        clause: '2.W No Exploitable Services on the Internet',
      },
      {
        ref: 'HK-S17',
        clause: '14.1.1',
      },
      {
        ref: 'HK-G3',
        clause:
          '14.1(a) Principle of Least Functionality; 16.1(c) remove unnecessary services, protocols and ports',
      },
      {
        ref: 'NCSC-CE',
        clause: 'Firewalls',
      },
    ],
    scan: {
      linkable: true,
      relation: 'verifies',
      checks: ['SC-PORT-01'],
      note: {
        en: 'Requires proof of ownership or consent before port probing; covers only the IP addresses scanned.',
        'zh-HK': '進行連接埠探測前須先證明擁有權或取得同意；只涵蓋已掃描的 IP 位址。',
      },
    },
  },
  {
    id: 'NET-03',
    domain: 'NET',
    title: {
      en: 'Remote access is protected',
      'zh-HK': '遙距存取受保護',
    },
    question: {
      en: 'When staff or suppliers connect remotely to office systems or servers, is it only through a VPN or secure gateway with multi-factor authentication, named accounts and logging?',
      'zh-HK':
        '員工或供應商遙距連接辦公室系統或伺服器時，是否只能經由設有多重認證、使用具名帳戶並有日誌記錄的 VPN 或安全閘道？',
    },
    why_it_matters: {
      en: 'Remote access is convenient for attackers too; one stolen password should not be enough.',
      'zh-HK': '遙距存取對攻擊者同樣方便；單靠一個被盜的密碼不應足以進入。',
    },
    how_to_comply: [
      {
        en: 'Use a VPN or zero-trust gateway with MFA for all remote and supplier access.',
        'zh-HK': '所有遙距及供應商存取都使用設有多重認證的 VPN 或零信任閘道。',
      },
      {
        en: 'Give suppliers named, time-limited accounts; disable them when not needed.',
        'zh-HK': '給供應商具名及有時限的帳戶；不需要時即停用。',
      },
      {
        en: 'Keep VPN and gateway software fully patched (these are frequently attacked).',
        'zh-HK': '保持 VPN 及閘道軟件完全更新（這類軟件經常成為攻擊目標）。',
      },
    ],
    evidence: [
      {
        en: 'VPN configuration showing MFA',
        'zh-HK': '顯示已啟用多重認證的 VPN 設定',
      },
      {
        en: 'List of remote-access accounts',
        'zh-HK': '遙距存取帳戶清單',
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
        clause: '11.5.2',
      },
      {
        ref: 'HK-G3',
        clause: '17.1(b) controls before granting third-party access',
      },
      {
        ref: 'CIS-v8',
        clause: '6.4',
      },
      {
        ref: 'NCSC-CE',
        clause:
          'Firewalls / User access control (MFA or allow-listing for administrative interfaces)',
      },
      {
        ref: 'CISA-CPG',
        clause: '2.H Phishing-Resistant MFA',
      },
      {
        ref: 'HK-CSIP-WEB',
        clause: 'item 3 Remote administration',
      },
    ],
    scan: {
      linkable: true,
      relation: 'can_contradict',
      checks: ['SC-PORT-01'],
      note: {
        en: 'Open RDP/VNC/SSH/Telnet on scanned hosts suggests remote access bypasses the VPN.',
        'zh-HK': '已掃描主機上開放的 RDP／VNC／SSH／Telnet，顯示有遙距存取繞過了 VPN。',
      },
    },
  },
  {
    id: 'NET-04',
    domain: 'NET',
    title: {
      en: 'Networks are separated',
      'zh-HK': '網絡已分隔',
    },
    question: {
      en: 'Are servers and management interfaces on a separate network from staff PCs, and are guest Wi-Fi, CCTV, door-access and other smart devices kept on their own networks?',
      'zh-HK':
        '伺服器及管理介面是否與員工電腦處於不同網絡，而訪客 Wi-Fi、閉路電視、門禁及其他智能裝置是否各自使用獨立網絡？',
    },
    why_it_matters: {
      en: 'Separation stops an infected PC or a weak smart device from reaching your servers directly.',
      'zh-HK': '分隔網絡可阻止受感染的電腦或保安薄弱的智能裝置直接接觸你的伺服器。',
    },
    how_to_comply: [
      {
        en: 'Create separate VLANs or subnets: servers/management, staff, guests, building systems.',
        'zh-HK': '建立獨立的 VLAN 或子網絡：伺服器／管理、員工、訪客、大廈系統。',
      },
      {
        en: 'Allow only needed traffic between them at the firewall.',
        'zh-HK': '在防火牆只容許彼此之間必要的流量。',
      },
      {
        en: 'Keep a simple network diagram.',
        'zh-HK': '備存簡單的網絡圖。',
      },
    ],
    evidence: [
      {
        en: 'Network diagram',
        'zh-HK': '網絡圖',
      },
      {
        en: 'Firewall/VLAN configuration',
        'zh-HK': '防火牆／VLAN 設定',
      },
    ],
    severity: 'medium',
    weight: 2,
    level: 2,
    applies_to: ['onprem_room', 'colo', 'cloud_iaas'],
    dpo_pgdcs: {
      theme: 'design',
      clause: null,
      status: 'unmapped',
    },
    sources: [
      {
        ref: 'CISA-CPG',
        clause: '2.F Network Segmentation; 2.P Document Network Topology',
      },
      {
        ref: 'ISO27001-2022',
        clause: 'A.8.22',
      },
      {
        ref: 'CSA-CCM4',
        clause: 'IVS-03',
      },
      {
        ref: 'HK-S17',
        clause: '15.1.4',
      },
    ],
    scan: {
      linkable: false,
    },
  },
  {
    id: 'NET-05',
    domain: 'NET',
    title: {
      en: 'Office Wi-Fi is secured',
      'zh-HK': '辦公室 Wi-Fi 已加強保安',
    },
    question: {
      en: 'Is office Wi-Fi using WPA2 or WPA3 with a strong password, guests on a separate network, and the router or access-point admin password changed from the default?',
      'zh-HK':
        '辦公室 Wi-Fi 是否使用 WPA2 或 WPA3 及高強度密碼，訪客使用獨立網絡，而路由器或無線接入點的管理密碼已更改，不再是預設密碼？',
    },
    why_it_matters: {
      en: 'Weak or shared Wi-Fi lets anyone nearby onto the same network as your PCs and servers.',
      'zh-HK': '保安薄弱或共用的 Wi-Fi，讓附近任何人都可以連上與你的電腦和伺服器相同的網絡。',
    },
    how_to_comply: [
      {
        en: 'Use WPA2/WPA3 (enterprise mode if possible) and change the key when staff leave.',
        'zh-HK': '使用 WPA2／WPA3（盡可能用企業模式），並在員工離職時更換密鑰。',
      },
      {
        en: 'Put guests on an isolated guest network.',
        'zh-HK': '讓訪客使用與內部隔離的訪客網絡。',
      },
      {
        en: 'Disable WPS and UPnP; keep the access-point firmware updated.',
        'zh-HK': '停用 WPS 及 UPnP；保持無線接入點韌體為最新版本。',
      },
    ],
    evidence: [
      {
        en: 'Wi-Fi settings screenshot',
        'zh-HK': 'Wi-Fi 設定截圖',
      },
    ],
    severity: 'medium',
    weight: 2,
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
        clause: '15.1.6, 15.1.7',
      },
      {
        ref: 'HK-G3',
        clause: '15.1(f) Security Controls to Protect Wireless LAN',
      },
    ],
    scan: {
      linkable: false,
    },
  },
  {
    id: 'NET-06',
    domain: 'NET',
    title: {
      en: 'Website is shielded from attacks and floods',
      'zh-HK': '網站受保護，免受攻擊及流量淹沒',
    },
    question: {
      en: 'Is your public website behind a web application firewall (WAF) and/or DDoS protection - often available from your hosting company or a content-delivery network (CDN)?',
      'zh-HK':
        '你的公開網站是否設於網站應用程式防火牆（WAF）及／或 DDoS 防護之後？這類服務通常可由寄存公司或內容傳遞網絡（CDN）提供。',
    },
    why_it_matters: {
      en: 'DDoS and automated web attacks are common in Hong Kong; a WAF/CDN absorbs much of this before it reaches your server.',
      'zh-HK':
        'DDoS 及自動化網站攻擊在香港十分常見；WAF／CDN 可以在攻擊到達你的伺服器前擋下大部分。',
    },
    how_to_comply: [
      {
        en: 'Ask your host whether WAF/DDoS protection is included, or put the site behind a CDN that offers it.',
        'zh-HK': '向寄存公司查詢是否包括 WAF／DDoS 防護，或把網站放在提供此類防護的 CDN 之後。',
      },
      {
        en: 'Restrict the origin server to accept web traffic only from the CDN.',
        'zh-HK': '限制源伺服器只接受來自 CDN 的網站流量。',
      },
      {
        en: 'Include DDoS in the incident plan (IR-01).',
        'zh-HK': '把 DDoS 納入事故應變計劃（IR-01）。',
      },
    ],
    evidence: [
      {
        en: 'Hosting/CDN plan details',
        'zh-HK': '寄存／CDN 服務計劃詳情',
      },
    ],
    severity: 'medium',
    weight: 2,
    level: 2,
    applies_to: ['website'],
    dpo_pgdcs: {
      theme: 'design',
      clause: null,
      status: 'unmapped',
    },
    sources: [
      {
        ref: 'HK-G3',
        clause: '15.1(i) Gateway-level Protection',
      },
      {
        ref: 'HKCERT-IRG',
        clause: 'DDoS and web defacement scenarios',
      },
      {
        ref: 'CSA-CCM4',
        clause: 'IVS-03',
      },
    ],
    scan: {
      linkable: true,
      relation: 'indicates',
      checks: ['SC-CDN-01'],
      note: {
        en: 'Detection of a CDN/WAF is a signal only; it does not prove rules are effective.',
        'zh-HK': '偵測到 CDN／WAF 只是一個跡象，並不證明其規則有效。',
      },
    },
  },
]
