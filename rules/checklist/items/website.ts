/** WEB: Website, e-mail and domain. English wording is original paraphrase; zh-HK written for Hong Kong SMEs. */
import type { ChecklistItem } from '../types.ts'

export const websiteItems: readonly ChecklistItem[] = [
  {
    id: 'WEB-01',
    domain: 'WEB',
    title: {
      en: 'HTTPS is set up properly',
      'zh-HK': 'HTTPS 設定妥當',
    },
    question: {
      en: 'Does your website use HTTPS everywhere with a valid certificate, modern encryption (TLS 1.2 or 1.3 only), automatic redirect from http:// and HSTS?',
      'zh-HK':
        '你的網站是否全面使用 HTTPS，並具備有效證書、現代加密（只用 TLS 1.2 或 1.3）、由 http:// 自動轉向，以及 HSTS？',
    },
    why_it_matters: {
      en: 'Without proper HTTPS, logins, forms and payments can be read or altered in transit, and browsers warn visitors away.',
      'zh-HK':
        '沒有妥善的 HTTPS，登入資料、表格及付款都可能在傳送途中被讀取或篡改，瀏覽器亦會警告訪客離開。',
    },
    how_to_comply: [
      {
        en: 'Install a certificate from a trusted authority and automate renewal.',
        'zh-HK': '安裝由可信機構簽發的證書，並自動續期。',
      },
      {
        en: 'Disable SSLv3, TLS 1.0 and 1.1 and weak ciphers (ask your host if you cannot).',
        'zh-HK': '停用 SSLv3、TLS 1.0 及 1.1 和弱加密套件（如無法自行設定，可向寄存公司查詢）。',
      },
      {
        en: 'Redirect all http:// traffic to https:// and add the HSTS header.',
        'zh-HK': '把所有 http:// 流量轉向 https://，並加入 HSTS 標頭。',
      },
    ],
    evidence: [
      {
        en: 'Scan result',
        'zh-HK': '掃描結果',
      },
      {
        en: 'Certificate details and renewal set-up',
        'zh-HK': '證書詳情及續期設定',
      },
    ],
    severity: 'critical',
    weight: 5,
    level: 1,
    applies_to: ['website'],
    dpo_pgdcs: {
      theme: 'design',
      clause: null,
      status: 'unmapped',
    },
    sources: [
      {
        ref: 'HK-S17',
        clause: '15.2.2',
      },
      {
        ref: 'HK-G3',
        clause: '16.1(c) Data confidentiality; proper session management',
      },
      {
        ref: 'HK-CSIP-WEB',
        clause: 'item 2 Data encryption',
      },
      {
        ref: 'HKCERT-TLS',
        clause: 'protocol and cipher guidance',
      },
      {
        ref: 'CSA-SG-IHP',
        clause: 'HTTPS',
      },
      {
        ref: 'RFC',
        clause: '6797 (HSTS)',
      },
    ],
    scan: {
      linkable: true,
      relation: 'verifies',
      checks: ['SC-TLS-01', 'SC-TLS-02', 'SC-TLS-03', 'SC-TLS-04', 'SC-HDR-01'],
      note: {
        en: 'Fully checkable from outside for the scanned host names.',
        'zh-HK': '對已掃描的主機名稱而言，可完全從外部檢查。',
      },
    },
  },
  {
    id: 'WEB-02',
    domain: 'WEB',
    title: {
      en: 'Browser security headers and safe cookies',
      'zh-HK': '瀏覽器保安標頭及安全的 Cookie',
    },
    question: {
      en: 'Does your website send the standard browser security headers (Content-Security-Policy, X-Content-Type-Options, clickjacking protection, Referrer-Policy) and mark login and session cookies Secure, HttpOnly and SameSite?',
      'zh-HK':
        '你的網站是否發送標準的瀏覽器保安標頭（Content-Security-Policy、X-Content-Type-Options、防點擊劫持保護、Referrer-Policy），並把登入及工作階段 Cookie 設為 Secure、HttpOnly 及 SameSite？',
    },
    why_it_matters: {
      en: 'These settings make common attacks such as cross-site scripting, clickjacking and session theft much harder; HKIRC found about a quarter of sites it checked had cookie problems.',
      'zh-HK':
        '這些設定令跨網站指令碼、點擊劫持及工作階段盜用等常見攻擊難得多；香港互聯網註冊管理有限公司（HKIRC）發現約四分之一受檢網站的 Cookie 有問題。',
    },
    how_to_comply: [
      {
        en: 'Ask your developer or host to add the headers; start CSP in report-only mode, then enforce.',
        'zh-HK': '請網站開發商或寄存公司加入這些標頭；CSP 可先以只報告模式試行，再正式執行。',
      },
      {
        en: 'Set Secure, HttpOnly and SameSite on session and login cookies.',
        'zh-HK': '為工作階段及登入 Cookie 設定 Secure、HttpOnly 及 SameSite。',
      },
      {
        en: 'Re-scan after each website change.',
        'zh-HK': '每次網站更改後重新掃描。',
      },
    ],
    evidence: [
      {
        en: 'Scan result',
        'zh-HK': '掃描結果',
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
        clause: '16.1(c) proper session management',
      },
      {
        ref: 'OWASP-SH',
        clause: 'recommended response headers',
      },
      {
        ref: 'HKIRC-2024',
        clause: '26% of examined sites had improper cookie configuration',
      },
    ],
    scan: {
      linkable: true,
      relation: 'verifies',
      checks: ['SC-HDR-02', 'SC-HDR-03', 'SC-HDR-04', 'SC-HDR-05', 'SC-COOKIE-01'],
      note: {
        en: 'Checkable from outside on the pages scanned; logged-in pages may differ.',
        'zh-HK': '可從外部檢查已掃描的頁面；登入後的頁面可能有所不同。',
      },
    },
  },
  {
    id: 'WEB-03',
    domain: 'WEB',
    title: {
      en: 'The website does not give away technical details',
      'zh-HK': '網站不會洩露技術細節',
    },
    question: {
      en: 'Have you hidden software names and versions in server responses, turned off directory listing, removed default/sample pages and backup files, and set error pages that show no technical details?',
      'zh-HK':
        '你是否已在伺服器回應中隱藏軟件名稱及版本、關閉目錄列表、移除預設／範例頁面及備份檔案，並設定不會顯示技術細節的錯誤頁面？',
    },
    why_it_matters: {
      en: 'Version details and leftover files help attackers pick an exploit; HKIRC found about a third of sites it examined disclosed server information.',
      'zh-HK':
        '版本資料和遺留檔案有助攻擊者選擇入侵方法；HKIRC 發現約三分之一受檢網站披露了伺服器資料。',
    },
    how_to_comply: [
      {
        en: "Turn off version banners (for example 'Server' and 'X-Powered-By').",
        'zh-HK': '關閉版本標示（例如「Server」及「X-Powered-By」標頭）。',
      },
      {
        en: 'Remove installer, sample and backup files; block access to .git and .env.',
        'zh-HK': '移除安裝程式、範例及備份檔案；封鎖對 .git 及 .env 的存取。',
      },
      {
        en: 'Use friendly custom error pages.',
        'zh-HK': '使用友善的自訂錯誤頁面。',
      },
    ],
    evidence: [
      {
        en: 'Scan result',
        'zh-HK': '掃描結果',
      },
    ],
    severity: 'medium',
    weight: 2,
    level: 1,
    applies_to: ['website'],
    dpo_pgdcs: {
      theme: 'design',
      clause: null,
      status: 'unmapped',
    },
    sources: [
      {
        ref: 'HK-G3',
        clause:
          '16.1(c) remove unnecessary items (server banners, default or sample files); proper error handling',
      },
      {
        ref: 'HK-S17',
        clause: '15.1.1',
      },
      {
        ref: 'HKIRC-2024',
        clause: '32% of examined sites disclosed server information',
      },
    ],
    scan: {
      linkable: true,
      relation: 'verifies',
      checks: ['SC-INFO-01', 'SC-INFO-02', 'SC-INFO-03'],
      note: {
        en: 'SC-INFO-02/03 make a few extra requests and need proof of ownership.',
        'zh-HK': 'SC-INFO-02／03 會額外發出少量請求，須先證明擁有權。',
      },
    },
  },
  {
    id: 'WEB-04',
    domain: 'WEB',
    title: {
      en: 'Website software is kept up to date',
      'zh-HK': '網站軟件保持最新',
    },
    question: {
      en: 'Are your website platform (for example WordPress, Joomla, Magento or a shop system), plug-ins, themes, web server and JavaScript libraries updated promptly, with unused plug-ins removed?',
      'zh-HK':
        '你的網站平台（例如 WordPress、Joomla、Magento 或網店系統）、外掛程式、佈景主題、網頁伺服器及 JavaScript 程式庫是否都會及時更新，並移除不使用的外掛程式？',
    },
    why_it_matters: {
      en: 'Unpatched website software is a leading cause of website defacement and data theft reported to HKCERT.',
      'zh-HK': '未修補的網站軟件是向 HKCERT 報告的網頁被篡改及資料被盜事故的主要成因。',
    },
    how_to_comply: [
      {
        en: 'Turn on automatic minor/security updates where the platform supports it.',
        'zh-HK': '如平台支援，啟用次要版本／保安自動更新。',
      },
      {
        en: 'Check for plug-in and theme updates at least weekly; remove what you do not use.',
        'zh-HK': '最少每星期檢查外掛程式及佈景主題更新；移除不使用的項目。',
      },
      {
        en: "Make updates part of the web developer's maintenance contract (VEN-03).",
        'zh-HK': '把更新工作納入網站開發商的保養合約（VEN-03）。',
      },
    ],
    evidence: [
      {
        en: 'Admin dashboard showing versions',
        'zh-HK': '顯示版本的管理後台',
      },
      {
        en: 'Maintenance contract',
        'zh-HK': '保養合約',
      },
    ],
    severity: 'high',
    weight: 3,
    level: 1,
    applies_to: ['website'],
    dpo_pgdcs: {
      theme: 'operation',
      clause: null,
      status: 'unmapped',
    },
    sources: [
      {
        ref: 'HK-CSIP-WEB',
        clause: 'item 1 Software update (OS, application and framework libraries)',
      },
      {
        ref: 'HK-G3',
        clause: '14.6(a) Patch Management',
      },
      {
        ref: 'CSA-CCM4',
        clause: 'TVM-05',
      },
      {
        ref: 'HK-S17',
        clause: '14.6.1',
      },
    ],
    scan: {
      linkable: true,
      relation: 'can_contradict',
      checks: ['SC-SW-01'],
      note: {
        en: "Detected outdated or known-vulnerable components contradict a 'Yes'; not every component can be fingerprinted.",
        'zh-HK': '若偵測到過時或有已知漏洞的元件，即與「是」的答案不符；並非每個元件都能被識別。',
      },
    },
  },
  {
    id: 'WEB-05',
    domain: 'WEB',
    title: {
      en: 'Website administration is locked down',
      'zh-HK': '網站管理後台已鎖緊',
    },
    question: {
      en: 'Is the website admin login protected with MFA and limited login attempts (ideally reachable only from your office or VPN), and do you update the site through secure channels (SFTP/SSH, not FTP)?',
      'zh-HK':
        '網站管理後台登入是否以多重認證及登入次數限制保護（最好只可從辦公室或 VPN 連接），而你是否經安全渠道（SFTP／SSH，而非 FTP）更新網站？',
    },
    why_it_matters: {
      en: 'Brute-forcing the admin page or stealing FTP passwords is a quick way to take over a website.',
      'zh-HK': '暴力破解管理頁面或盜取 FTP 密碼，是接管網站的快捷途徑。',
    },
    how_to_comply: [
      {
        en: 'Enable MFA and login throttling for all admin users.',
        'zh-HK': '為所有管理員啟用多重認證及登入限速。',
      },
      {
        en: 'Restrict the admin path by IP or VPN if possible.',
        'zh-HK': '盡可能以 IP 位址或 VPN 限制管理路徑的存取。',
      },
      {
        en: 'Use SFTP/SSH with keys; switch off FTP.',
        'zh-HK': '使用以金鑰認證的 SFTP／SSH；關閉 FTP。',
      },
    ],
    evidence: [
      {
        en: 'Admin security settings',
        'zh-HK': '管理後台保安設定',
      },
      {
        en: 'Hosting control-panel settings',
        'zh-HK': '寄存控制台設定',
      },
    ],
    severity: 'high',
    weight: 3,
    level: 1,
    applies_to: ['website'],
    dpo_pgdcs: {
      theme: 'design',
      clause: null,
      status: 'unmapped',
    },
    sources: [
      {
        ref: 'HK-CSIP-WEB',
        clause: 'items 3 Remote administration and 4 Authentication password',
      },
      {
        ref: 'HK-S17',
        clause: '11.4.2, 11.5.2',
      },
      {
        ref: 'HK-G3',
        clause: '16.1(c) proper authentication and authorisation',
      },
      {
        ref: 'CIS-v8',
        clause: '6.3',
      },
    ],
    scan: {
      linkable: true,
      relation: 'can_contradict',
      checks: ['SC-ADM-01', 'SC-PORT-01'],
      note: {
        en: "A publicly reachable default admin page or open FTP/Telnet contradicts a 'Yes'; MFA itself cannot be seen from outside.",
        'zh-HK':
          '公開可達的預設管理頁面或開放的 FTP／Telnet，與「是」的答案不符；多重認證本身無法從外部看到。',
      },
    },
  },
  {
    id: 'WEB-06',
    domain: 'WEB',
    title: {
      en: 'Third-party content on the website is trusted',
      'zh-HK': '網站上的第三方內容可信',
    },
    question: {
      en: 'Do you review the third-party scripts, widgets and links on your website, load them only over HTTPS, and use integrity checks (Subresource Integrity) where possible?',
      'zh-HK':
        '你是否會審視網站上的第三方指令碼、小工具及連結，只經 HTTPS 載入，並盡可能使用完整性檢查（子資源完整性，SRI）？',
    },
    why_it_matters: {
      en: "A compromised third-party script runs with your site's trust; HKIRC found unsafe third-party links on 44% of sites it examined.",
      'zh-HK':
        '被入侵的第三方指令碼會以你網站的信任運行；HKIRC 發現 44% 受檢網站有不安全的第三方連結。',
    },
    how_to_comply: [
      {
        en: 'List every external script and widget and remove unneeded ones.',
        'zh-HK': '列出每個外部指令碼及小工具，並移除不需要的項目。',
      },
      {
        en: 'Load them over HTTPS and add SRI hashes for static libraries.',
        'zh-HK': '經 HTTPS 載入，並為靜態程式庫加入 SRI 雜湊值。',
      },
      {
        en: 'Fix mixed-content warnings.',
        'zh-HK': '修正混合內容警告。',
      },
    ],
    evidence: [
      {
        en: 'Scan result',
        'zh-HK': '掃描結果',
      },
      {
        en: 'List of third-party components',
        'zh-HK': '第三方元件清單',
      },
    ],
    severity: 'low',
    weight: 1,
    level: 3,
    applies_to: ['website'],
    dpo_pgdcs: {
      theme: 'design',
      clause: null,
      status: 'unmapped',
    },
    sources: [
      {
        ref: 'HKIRC-2024',
        clause: '44% of examined sites used unsafe hyperlinks to third-party services',
      },
      {
        ref: 'HK-G3',
        clause: '16.1(c) data authenticity and integrity',
      },
      {
        ref: 'CSA-CCM4',
        clause: 'TVM-05',
      },
    ],
    scan: {
      linkable: true,
      relation: 'verifies',
      checks: ['SC-3P-01'],
      note: {
        en: 'Checkable on the pages scanned.',
        'zh-HK': '可在已掃描的頁面上檢查。',
      },
    },
  },
  {
    id: 'WEB-07',
    domain: 'WEB',
    title: {
      en: 'You would know quickly if the website were attacked',
      'zh-HK': '網站被攻擊時你會很快知道',
    },
    question: {
      en: 'Do you get automatic alerts if your website goes down, is defaced, is flagged as malicious, or its certificate or domain is about to expire - and do you control what search engines index?',
      'zh-HK':
        '當網站停止運作、被篡改、被標記為惡意，或證書或域名即將到期時，你會否自動收到警報？你能否控制搜尋器索引哪些內容？',
    },
    why_it_matters: {
      en: 'Defaced or infected websites can stay that way for days if nobody is watching, damaging reputation and search ranking.',
      'zh-HK': '如果沒有人留意，被篡改或受感染的網站可能持續數天，損害商譽及搜尋排名。',
    },
    how_to_comply: [
      {
        en: 'Use an uptime and change-monitoring service that alerts by e-mail/SMS.',
        'zh-HK': '使用會以電郵／短訊發出警報的運作時間及內容變更監察服務。',
      },
      {
        en: 'Enable certificate and domain-expiry reminders.',
        'zh-HK': '啟用證書及域名到期提示。',
      },
      {
        en: 'Keep sensitive pages out of search results (authentication, not just robots.txt).',
        'zh-HK': '不讓敏感頁面出現在搜尋結果中（要靠登入認證，不能只靠 robots.txt）。',
      },
    ],
    evidence: [
      {
        en: 'Monitoring service settings',
        'zh-HK': '監察服務設定',
      },
      {
        en: 'Recent alert examples',
        'zh-HK': '近期警報例子',
      },
    ],
    severity: 'medium',
    weight: 2,
    level: 2,
    applies_to: ['website'],
    dpo_pgdcs: {
      theme: 'operation',
      clause: null,
      status: 'unmapped',
    },
    sources: [
      {
        ref: 'HK-CSIP-WEB',
        clause: 'items 5 Alert notification and 6 Search indexing',
      },
      {
        ref: 'HK-G3',
        clause: '18.1(a) Incident Monitoring and Detection',
      },
      {
        ref: 'HKCERT-IRG',
        clause: 'web defacement scenario',
      },
    ],
    scan: {
      linkable: true,
      relation: 'indicates',
      checks: ['SC-REP-01', 'SC-ROBOTS-01', 'SC-TLS-01', 'SC-DNS-03'],
      note: {
        en: 'The scan can show current state and near expiries; continuous monitoring must be set up separately.',
        'zh-HK': '掃描可顯示目前狀況及即將到期的項目；持續監察須另行設定。',
      },
    },
  },
  {
    id: 'WEB-08',
    domain: 'WEB',
    title: {
      en: 'Your e-mail domain is hard to spoof',
      'zh-HK': '你的電郵域名難以被冒認',
    },
    question: {
      en: 'Has your e-mail domain published SPF, DKIM and DMARC records (with DMARC set to quarantine or reject once tested), and do your mail servers support encrypted delivery (STARTTLS)?',
      'zh-HK':
        '你的電郵域名是否已發布 SPF、DKIM 及 DMARC 記錄（經測試後把 DMARC 設為 quarantine 或 reject），而郵件伺服器是否支援加密傳送（STARTTLS）？',
    },
    why_it_matters: {
      en: 'Without these, criminals can send e-mail that appears to come from your company - a common start of invoice and payment fraud.',
      'zh-HK': '沒有這些設定，罪犯可以發出看似來自你公司的電郵，這是發票及付款詐騙的常見開端。',
    },
    how_to_comply: [
      {
        en: 'Publish SPF listing every service that sends mail for you.',
        'zh-HK': '發布 SPF，列出每個代你發送郵件的服務。',
      },
      {
        en: 'Turn on DKIM signing in your mail service.',
        'zh-HK': '在郵件服務中啟用 DKIM 簽署。',
      },
      {
        en: 'Publish DMARC at p=none with reports, then move to quarantine or reject.',
        'zh-HK': '先以 p=none 發布 DMARC 並接收報告，然後改為 quarantine 或 reject。',
      },
      {
        en: 'Confirm your mail provider supports STARTTLS (most do).',
        'zh-HK': '確認你的郵件服務供應商支援 STARTTLS（大部分都支援）。',
      },
    ],
    evidence: [
      {
        en: 'DNS records',
        'zh-HK': 'DNS 記錄',
      },
      {
        en: 'DMARC report samples',
        'zh-HK': 'DMARC 報告樣本',
      },
    ],
    severity: 'high',
    weight: 3,
    level: 1,
    applies_to: ['own_mail_domain'],
    dpo_pgdcs: {
      theme: 'design',
      clause: null,
      status: 'unmapped',
    },
    sources: [
      {
        ref: 'CISA-CPG',
        clause: '2.M Email Security',
      },
      {
        ref: 'HK-G3',
        clause: '15.2(c) Email Server and Client Security',
      },
      {
        ref: 'CSA-SG-IHP',
        clause: 'DMARC among baseline practices',
      },
      {
        ref: 'RFC',
        clause: '7208 (SPF), 7489 (DMARC)',
      },
      {
        ref: 'NCSC-SBG',
        clause: 'Avoiding phishing attacks',
      },
    ],
    scan: {
      linkable: true,
      relation: 'verifies',
      checks: ['SC-MAIL-01', 'SC-MAIL-02', 'SC-MAIL-03', 'SC-MAIL-04'],
      note: {
        en: 'DKIM discovery is best-effort; a missing DKIM result is inconclusive.',
        'zh-HK': 'DKIM 只能盡力偵測；找不到 DKIM 並不代表沒有設定。',
      },
    },
  },
  {
    id: 'WEB-09',
    domain: 'WEB',
    title: {
      en: 'Outsiders can report security problems to you',
      'zh-HK': '外界可以向你報告保安問題',
    },
    question: {
      en: 'Is there an easy way for outsiders to report a security problem on your website - a security contact and a security.txt file?',
      'zh-HK': '外界是否有簡便的方法向你報告網站的保安問題，例如保安聯絡人及 security.txt 檔案？',
    },
    why_it_matters: {
      en: 'Researchers and HKCERT can warn you early only if they can find a contact.',
      'zh-HK': '研究人員和 HKCERT 必須找得到聯絡方法，才能及早警告你。',
    },
    how_to_comply: [
      {
        en: 'Publish /.well-known/security.txt with a monitored contact e-mail and an expiry date.',
        'zh-HK': '發布 /.well-known/security.txt，列明有人定期查看的聯絡電郵及到期日。',
      },
      {
        en: 'Acknowledge reports promptly and route them into the incident process.',
        'zh-HK': '盡快確認收到報告，並轉交事故處理程序。',
      },
    ],
    evidence: [
      {
        en: 'security.txt file',
        'zh-HK': 'security.txt 檔案',
      },
    ],
    severity: 'low',
    weight: 1,
    level: 2,
    applies_to: ['website'],
    dpo_pgdcs: {
      theme: 'operation',
      clause: null,
      status: 'unmapped',
    },
    sources: [
      {
        ref: 'CISA-CPG',
        clause: 'Respond goals: Vulnerability Disclosure/Reporting; Deploy Security.txt Files',
      },
      {
        ref: 'RFC',
        clause: '9116 (security.txt)',
      },
    ],
    scan: {
      linkable: true,
      relation: 'verifies',
      checks: ['SC-SECTXT-01'],
      note: {
        en: 'Fully checkable from outside.',
        'zh-HK': '可完全從外部檢查。',
      },
    },
  },
  {
    id: 'WEB-10',
    domain: 'WEB',
    title: {
      en: 'Your domain name is protected',
      'zh-HK': '你的域名受到保護',
    },
    question: {
      en: 'Is your domain registrar and DNS account protected with MFA and registrar lock, set to auto-renew, and - where your provider supports it - signed with DNSSEC and limited with CAA records?',
      'zh-HK':
        '你的域名註冊商及 DNS 帳戶是否已啟用多重認證及註冊商鎖定、設為自動續期，並在供應商支援時以 DNSSEC 簽署及以 CAA 記錄加以限制？',
    },
    why_it_matters: {
      en: 'Losing control of your domain means losing your website and e-mail at once.',
      'zh-HK': '失去域名的控制權，等於同時失去網站和電郵。',
    },
    how_to_comply: [
      {
        en: 'Turn on MFA and registrar lock for the domain account; use a role mailbox as contact.',
        'zh-HK': '為域名帳戶啟用多重認證及註冊商鎖定；聯絡電郵使用職位信箱。',
      },
      {
        en: 'Enable auto-renew and keep payment details current.',
        'zh-HK': '啟用自動續期，並保持付款資料有效。',
      },
      {
        en: 'Enable DNSSEC and add CAA records if your DNS provider supports them.',
        'zh-HK': '如 DNS 供應商支援，啟用 DNSSEC 並加入 CAA 記錄。',
      },
    ],
    evidence: [
      {
        en: 'Registrar account security settings',
        'zh-HK': '註冊商帳戶保安設定',
      },
      {
        en: 'DNS records',
        'zh-HK': 'DNS 記錄',
      },
    ],
    severity: 'medium',
    weight: 2,
    level: 2,
    applies_to: ['website', 'own_mail_domain'],
    dpo_pgdcs: {
      theme: 'design',
      clause: null,
      status: 'unmapped',
    },
    sources: [
      {
        ref: 'CSA-SG-IHP',
        clause: 'DNSSEC among baseline practices',
      },
      {
        ref: 'CIS-v8',
        clause: '6.3',
      },
      {
        ref: 'RFC',
        clause: '8659 (CAA)',
      },
    ],
    scan: {
      linkable: true,
      relation: 'verifies',
      checks: ['SC-DNS-01', 'SC-DNS-02', 'SC-DNS-03'],
      note: {
        en: 'Registrar-account MFA cannot be seen from outside.',
        'zh-HK': '註冊商帳戶的多重認證無法從外部看到。',
      },
    },
  },
]
