/**
 * External checks a scan can run and the checklist items each gives evidence for (`mapsTo`).
 * `criticalFail.when` names the HarbourScan rules whose failure is a critical fail; an empty list
 * means no collector produces that check yet, so it can never force an answer.
 *
 * SC-TLS-02: the practice condition is "SSLv3 or TLS 1.0 on a page that collects logins or personal
 * data". SSL 2.0/3.0 (tls-protocol-obsolete) is critical on any page. TLS 1.0 and 1.1 share one
 * rule (tls-protocol-deprecated) and a passive scan cannot tell which pages collect logins, so they
 * only downgrade a Yes to Partly rather than guess.
 * SC-TLS-01: certificate-not-yet-valid fails browsers exactly like an expired one, so it is critical.
 * SC-SW-01: end of life, and a script from a CDN known to serve malware, are critical outright;
 * known vulnerabilities only when the rule rates the finding critical (known-exploited, CISA KEV).
 */
import type { ScanCheck } from './types.ts'

export const SCAN_CHECKS: readonly ScanCheck[] = [
  {
    id: 'SC-TLS-01',
    name: {
      en: 'Valid HTTPS certificate',
      'zh-HK': '有效的 HTTPS 證書',
    },
    mode: 'passive',
    pass: {
      en: 'certificate trusted, hostname matches, not expired, more than 14 days to expiry',
      'zh-HK': '證書可信、主機名稱相符、未過期，並距離到期多於 14 日',
    },
    mapsTo: ['SYS-06', 'WEB-01', 'WEB-07'],
    criticalFail: {
      description: {
        en: 'certificate expired, untrusted or for the wrong host name',
        'zh-HK': '證書已過期、不可信或主機名稱不符',
      },
      when: [
        {
          ruleIds: [
            'certificate-expired',
            'certificate-name-mismatch',
            'certificate-untrusted',
            'certificate-not-yet-valid',
          ],
        },
      ],
    },
  },
  {
    id: 'SC-TLS-02',
    name: {
      en: 'Modern TLS versions only',
      'zh-HK': '只使用現代 TLS 版本',
    },
    mode: 'passive',
    pass: {
      en: 'TLS 1.2 and/or 1.3 offered; SSLv3, TLS 1.0 and 1.1 refused',
      'zh-HK': '提供 TLS 1.2 及／或 1.3；拒絕 SSLv3、TLS 1.0 及 1.1',
    },
    mapsTo: ['WEB-01'],
    criticalFail: {
      description: {
        en: 'SSLv3 or TLS 1.0 accepted on a page that collects logins or personal data',
        'zh-HK': '在收集登入或個人資料的頁面接受 SSLv3 或 TLS 1.0',
      },
      when: [
        {
          ruleIds: ['tls-protocol-obsolete'],
        },
      ],
    },
  },
  {
    id: 'SC-TLS-03',
    name: {
      en: 'No weak cipher suites',
      'zh-HK': '沒有弱加密套件',
    },
    mode: 'passive',
    pass: {
      en: 'no NULL/EXPORT/RC4/3DES suites; forward secrecy available',
      'zh-HK': '沒有 NULL／EXPORT／RC4／3DES 套件；支援前向保密',
    },
    mapsTo: ['WEB-01'],
  },
  {
    id: 'SC-TLS-04',
    name: {
      en: 'HTTP redirects to HTTPS',
      'zh-HK': 'HTTP 轉向 HTTPS',
    },
    mode: 'passive',
    pass: {
      en: 'http:// requests answered with a redirect to https:// on the same host',
      'zh-HK': 'http:// 請求會被轉向同一主機的 https://',
    },
    mapsTo: ['WEB-01'],
  },
  {
    id: 'SC-HDR-01',
    name: {
      en: 'HSTS header',
      'zh-HK': 'HSTS 標頭',
    },
    mode: 'passive',
    pass: {
      en: 'Strict-Transport-Security present with max-age of at least 15552000 (180 days)',
      'zh-HK': '設有 Strict-Transport-Security，max-age 最少 15552000（180 日）',
    },
    mapsTo: ['WEB-01'],
  },
  {
    id: 'SC-HDR-02',
    name: {
      en: 'Content-Security-Policy header',
      'zh-HK': 'Content-Security-Policy 標頭',
    },
    mode: 'passive',
    pass: {
      en: 'CSP present and not trivially permissive (no bare * in script-src, no unsafe-inline without nonce/hash)',
      'zh-HK':
        '設有 CSP 且並非過於寬鬆（script-src 沒有單獨的 *，沒有未配合 nonce／雜湊值的 unsafe-inline）',
    },
    mapsTo: ['WEB-02'],
  },
  {
    id: 'SC-HDR-03',
    name: {
      en: 'X-Content-Type-Options',
      'zh-HK': 'X-Content-Type-Options 標頭',
    },
    mode: 'passive',
    pass: {
      en: 'value nosniff',
      'zh-HK': '值為 nosniff',
    },
    mapsTo: ['WEB-02'],
  },
  {
    id: 'SC-HDR-04',
    name: {
      en: 'Clickjacking protection',
      'zh-HK': '防點擊劫持保護',
    },
    mode: 'passive',
    pass: {
      en: 'X-Frame-Options DENY/SAMEORIGIN or CSP frame-ancestors set',
      'zh-HK': '設有 X-Frame-Options DENY／SAMEORIGIN 或 CSP frame-ancestors',
    },
    mapsTo: ['WEB-02'],
  },
  {
    id: 'SC-HDR-05',
    name: {
      en: 'Referrer-Policy',
      'zh-HK': 'Referrer-Policy 標頭',
    },
    mode: 'passive',
    pass: {
      en: 'a restrictive policy such as strict-origin-when-cross-origin',
      'zh-HK': '使用嚴格的政策，例如 strict-origin-when-cross-origin',
    },
    mapsTo: ['WEB-02'],
  },
  {
    id: 'SC-COOKIE-01',
    name: {
      en: 'Cookie flags',
      'zh-HK': 'Cookie 屬性',
    },
    mode: 'passive',
    pass: {
      en: 'session-like cookies set over HTTPS carry Secure, HttpOnly and SameSite',
      'zh-HK': '經 HTTPS 設定的工作階段類 Cookie 帶有 Secure、HttpOnly 及 SameSite',
    },
    mapsTo: ['WEB-02'],
  },
  {
    id: 'SC-INFO-01',
    name: {
      en: 'Software version disclosure',
      'zh-HK': '軟件版本披露',
    },
    mode: 'passive',
    pass: {
      en: 'Server / X-Powered-By / generator tags do not reveal product versions',
      'zh-HK': 'Server／X-Powered-By／generator 標記沒有透露產品版本',
    },
    mapsTo: ['SYS-04', 'SYS-06', 'WEB-03'],
  },
  {
    id: 'SC-INFO-02',
    name: {
      en: 'Directory listing, default pages, verbose errors',
      'zh-HK': '目錄列表、預設頁面及詳細錯誤訊息',
    },
    mode: 'light',
    pass: {
      en: 'no auto-index pages, vendor default/sample pages or stack traces on a not-found/error request',
      'zh-HK': '找不到頁面或出錯時，沒有自動索引頁、供應商預設／範例頁面或程式堆疊追蹤',
    },
    mapsTo: ['SYS-04', 'WEB-03'],
  },
  {
    id: 'SC-INFO-03',
    name: {
      en: 'Exposed sensitive files',
      'zh-HK': '外露的敏感檔案',
    },
    mode: 'light',
    pass: {
      en: 'well-known paths such as /.git/HEAD, /.env, common backup archive names return nothing',
      'zh-HK': '/.git/HEAD、/.env 及常見備份壓縮檔名稱等路徑沒有回傳內容',
    },
    mapsTo: ['SYS-04', 'WEB-03'],
    criticalFail: {
      description: {
        en: 'source-control folder, environment file or database backup downloadable',
        'zh-HK': '可下載原始碼管理資料夾、環境設定檔或資料庫備份',
      },
      when: [],
    },
  },
  {
    id: 'SC-SW-01',
    name: {
      en: 'Outdated or end-of-life web software',
      'zh-HK': '過時或已停止支援的網站軟件',
    },
    mode: 'passive',
    pass: {
      en: 'fingerprinted web server, CMS, plug-ins and JavaScript libraries are supported versions without known exploited vulnerabilities (e.g. CISA KEV)',
      'zh-HK':
        '識別到的網頁伺服器、內容管理系統、外掛程式及 JavaScript 程式庫均為仍獲支援的版本，且沒有已知被利用的漏洞（例如 CISA KEV）',
    },
    mapsTo: ['SYS-01', 'SYS-02', 'SYS-06', 'WEB-04'],
    criticalFail: {
      description: {
        en: 'a component with a vulnerability listed as known-exploited (e.g. CISA KEV) or past end of life',
        'zh-HK': '有元件含已列為已知被利用（例如 CISA KEV）的漏洞，或已停止支援',
      },
      when: [
        {
          ruleIds: [
            'js-library-end-of-life',
            'server-software-end-of-life',
            'cms-end-of-life',
            'js-library-from-compromised-cdn',
          ],
        },
        {
          ruleIds: ['js-library-vulnerable', 'server-software-outdated', 'cms-outdated'],
          minSeverity: 'critical',
        },
      ],
    },
  },
  {
    id: 'SC-ADM-01',
    name: {
      en: 'Admin login exposed at default path',
      'zh-HK': '管理登入頁位於預設路徑',
    },
    mode: 'light',
    pass: {
      en: 'common admin paths (e.g. /wp-admin, /administrator, /phpmyadmin) not publicly reachable, or protected by extra controls',
      'zh-HK':
        '常見管理路徑（例如 /wp-admin、/administrator、/phpmyadmin）無法公開存取，或有額外保護',
    },
    mapsTo: ['WEB-05'],
  },
  {
    id: 'SC-PORT-01',
    name: {
      en: 'Risky services reachable from the internet',
      'zh-HK': '可從互聯網連接的高風險服務',
    },
    mode: 'active',
    pass: {
      en: 'no FTP(21), Telnet(23), SMB(445), RDP(3389), VNC(5900), database ports (1433, 3306, 5432, 27017), IPMI(623), SNMP(161) or remote-management consoles open on the scanned hosts',
      'zh-HK':
        '已掃描主機上沒有開放 FTP（21）、Telnet（23）、SMB（445）、RDP（3389）、VNC（5900）、資料庫連接埠（1433、3306、5432、27017）、IPMI（623）、SNMP（161）或遙距管理控制台',
    },
    mapsTo: ['NET-01', 'NET-02', 'NET-03', 'SYS-06', 'WEB-05'],
    criticalFail: {
      description: {
        en: 'RDP, SMB, Telnet, VNC, a database port or IPMI reachable from the internet',
        'zh-HK': '可從互聯網連接 RDP、SMB、Telnet、VNC、資料庫連接埠或 IPMI',
      },
      when: [],
    },
  },
  {
    id: 'SC-3P-01',
    name: {
      en: 'Third-party content hygiene',
      'zh-HK': '第三方內容衞生',
    },
    mode: 'passive',
    pass: {
      en: 'no mixed (http) content; external scripts from reputable sources, ideally with Subresource Integrity',
      'zh-HK': '沒有混合（http）內容；外部指令碼來自信譽良好的來源，最好附有子資源完整性（SRI）',
    },
    mapsTo: ['WEB-06'],
  },
  {
    id: 'SC-ROBOTS-01',
    name: {
      en: 'robots.txt / indexing hygiene',
      'zh-HK': 'robots.txt／索引衞生',
    },
    mode: 'passive',
    pass: {
      en: 'robots.txt does not advertise sensitive admin or backup paths',
      'zh-HK': 'robots.txt 沒有公開敏感的管理或備份路徑',
    },
    mapsTo: ['WEB-07'],
  },
  {
    id: 'SC-REP-01',
    name: {
      en: 'Reputation and defacement indicators',
      'zh-HK': '信譽及網頁被篡改跡象',
    },
    mode: 'passive',
    pass: {
      en: 'domain not on public malware/phishing block lists; no defacement keywords on the home page',
      'zh-HK': '域名不在公開的惡意軟件／釣魚封鎖名單上；首頁沒有被篡改的關鍵字',
    },
    mapsTo: ['WEB-07'],
    criticalFail: {
      description: {
        en: 'domain currently listed as serving malware or phishing',
        'zh-HK': '域名正被列為散播惡意軟件或釣魚',
      },
      when: [],
    },
  },
  {
    id: 'SC-MAIL-01',
    name: {
      en: 'SPF record',
      'zh-HK': 'SPF 記錄',
    },
    mode: 'passive',
    pass: {
      en: 'one SPF record, ends in -all or ~all, no +all, within 10 DNS look-ups',
      'zh-HK': '只有一條 SPF 記錄，以 -all 或 ~all 結尾，沒有 +all，DNS 查詢不超過 10 次',
    },
    mapsTo: ['WEB-08'],
    criticalFail: {
      description: {
        en: 'SPF uses +all',
        'zh-HK': 'SPF 使用 +all',
      },
      when: [],
    },
  },
  {
    id: 'SC-MAIL-02',
    name: {
      en: 'DMARC record',
      'zh-HK': 'DMARC 記錄',
    },
    mode: 'passive',
    pass: {
      en: 'DMARC present with p=quarantine or p=reject (p=none counts as partial) and a reporting address',
      'zh-HK': '設有 DMARC，p=quarantine 或 p=reject（p=none 只算部分符合），並有報告地址',
    },
    mapsTo: ['WEB-08'],
  },
  {
    id: 'SC-MAIL-03',
    name: {
      en: 'DKIM (best effort)',
      'zh-HK': 'DKIM（盡力偵測）',
    },
    mode: 'passive',
    pass: {
      en: 'a DKIM key found under common selectors; absence is inconclusive',
      'zh-HK': '在常見選擇器下找到 DKIM 金鑰；找不到並不代表沒有設定',
    },
    mapsTo: ['WEB-08'],
  },
  {
    id: 'SC-MAIL-04',
    name: {
      en: 'Mail server transport encryption',
      'zh-HK': '郵件伺服器傳輸加密',
    },
    mode: 'passive',
    pass: {
      en: 'MX hosts offer STARTTLS with a valid certificate; MTA-STS policy is a bonus',
      'zh-HK': 'MX 主機提供 STARTTLS 並具備有效證書；設有 MTA-STS 政策更佳',
    },
    mapsTo: ['WEB-08'],
  },
  {
    id: 'SC-SECTXT-01',
    name: {
      en: 'security.txt',
      'zh-HK': 'security.txt 保安聯絡檔案',
    },
    mode: 'passive',
    pass: {
      en: '/.well-known/security.txt present with Contact and a future Expires field',
      'zh-HK': '設有 /.well-known/security.txt，包含 Contact 及未來的 Expires 欄位',
    },
    mapsTo: ['IR-03', 'WEB-09'],
  },
  {
    id: 'SC-DNS-01',
    name: {
      en: 'DNSSEC',
      'zh-HK': 'DNSSEC 域名簽署',
    },
    mode: 'passive',
    pass: {
      en: 'zone signed and chain validates (only if the .hk registrar/DNS host supports it)',
      'zh-HK': '區域已簽署且驗證鏈有效（只適用於 .hk 註冊商／DNS 供應商支援的情況）',
    },
    mapsTo: ['WEB-10'],
  },
  {
    id: 'SC-DNS-02',
    name: {
      en: 'CAA record',
      'zh-HK': 'CAA 記錄',
    },
    mode: 'passive',
    pass: {
      en: 'CAA record limits which certificate authorities may issue',
      'zh-HK': 'CAA 記錄限制可簽發證書的核證機關',
    },
    mapsTo: ['WEB-10'],
  },
  {
    id: 'SC-DNS-03',
    name: {
      en: 'Domain expiry and registrar lock',
      'zh-HK': '域名到期日及註冊商鎖定',
    },
    mode: 'passive',
    pass: {
      en: 'registration valid for more than 30 days; transfer lock status set (via RDAP/WHOIS where available)',
      'zh-HK': '註冊有效期多於 30 日；已設定轉移鎖定（可經 RDAP／WHOIS 查詢時）',
    },
    mapsTo: ['WEB-07', 'WEB-10'],
  },
  {
    id: 'SC-CDN-01',
    name: {
      en: 'CDN / WAF / DDoS protection detected',
      'zh-HK': '偵測到 CDN／WAF／DDoS 防護',
    },
    mode: 'passive',
    pass: {
      en: 'responses show a CDN or WAF in front of the origin (indicative only)',
      'zh-HK': '回應顯示源伺服器前設有 CDN 或 WAF（只作參考）',
    },
    mapsTo: ['NET-06'],
  },
  {
    id: 'SC-HOST-01',
    name: {
      en: 'Hosting provider and location',
      'zh-HK': '寄存供應商及所在地',
    },
    mode: 'passive',
    pass: {
      en: 'informational: network owner (ASN) and approximate country of web and mail hosts',
      'zh-HK': '資料性質：網站及郵件主機的網絡擁有者（ASN）及大約所在國家',
    },
    mapsTo: ['AST-01', 'VEN-02', 'VEN-05'],
  },
  {
    id: 'SC-ASSET-01',
    name: {
      en: 'Public sub-domain discovery',
      'zh-HK': '公開子域名發現',
    },
    mode: 'passive',
    pass: {
      en: 'informational: host names seen in certificate-transparency logs and DNS, for comparison with the asset list',
      'zh-HK': '資料性質：從證書透明度日誌及 DNS 看到的主機名稱，供與資產清單比較',
    },
    mapsTo: ['AST-01', 'SYS-01'],
  },
]
