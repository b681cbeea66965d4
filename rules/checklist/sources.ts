/**
 * Sources the checklist items cite, by name and clause only (several are paywalled or licensed
 * CC BY-NC-ND, so no text is copied). `version`/`status`/`reliability` are for reviewers.
 */
import type { Source } from './types.ts'

export const SOURCES: readonly Source[] = [
  {
    ref: 'HK-DPO-PGDCS',
    title: {
      en: 'Practice Guide on Data Centre Security',
      'zh-HK': '《數據中心保安實務指引》（數字政策辦公室）',
    },
    publisher: 'Digital Policy Office (DPO), HKSAR Government',
    version:
      'publication date not confirmed (formulated under the Dec 2023 Policy Statement; DPO formed 2024)',
    status: "landing page only; the guide's own text and clause numbers were NOT available",
    reliability: 'authoritative, but text not yet available - map clauses later',
    urlHint: 'digitalpolicy.gov.hk > Data governance > Policies and standards > Practice guides',
  },
  {
    ref: 'HK-PS-2023',
    title: {
      en: 'Policy Statement on Facilitating Data Flow and Safeguarding Data Security in Hong Kong',
      'zh-HK': '《促進數據流通及保障數據安全政策宣言》（創新科技及工業局）',
    },
    publisher: 'Innovation, Technology and Industry Bureau (ITIB)',
    version: '8 Dec 2023; 18 action items in 5 categories (C = enhancing cybersecurity protection)',
    status: 'press release and third-party summary read',
    reliability: 'authoritative (context only)',
  },
  {
    ref: 'HK-S17',
    title: {
      en: 'Baseline IT Security Policy [S17]',
      'zh-HK': '《基線資訊科技保安政策》[S17]',
    },
    publisher: 'OGCIO (now DPO)',
    version:
      'clause numbers cited from v6.0 (Dec 2016); newest seen: v8.2 (Apr 2025) - renumbering possible',
    status: 'full text read (v6.0)',
    reliability: 'authoritative; written for government bureaux, used here as reference',
  },
  {
    ref: 'HK-G3',
    title: {
      en: 'IT Security Guidelines [G3]',
      'zh-HK': '《資訊科技保安指引》[G3]',
    },
    publisher: 'OGCIO (now DPO)',
    version: 'section and item letters cited from v8.0 (Dec 2016); newest seen: v10.0 (Apr 2024)',
    status: 'full text read (v8.0)',
    reliability: 'authoritative; government-oriented',
  },
  {
    ref: 'HK-SM01',
    title: {
      en: 'Practice Guide for Security Risk Assessment & Audit [ISPG-SM01]',
      'zh-HK': '《保安風險評估及審計實務指引》[ISPG-SM01]',
    },
    publisher: 'OGCIO (now DPO)',
    version: 'v1.1 (Nov 2017) read; newest seen v2.0 (Apr 2024)',
    status: 'full text read (v1.1)',
    reliability: 'authoritative',
  },
  {
    ref: 'HK-SM02',
    title: {
      en: 'Practice Guide for Information Security Incident Handling [ISPG-SM02]',
      'zh-HK': '《資訊保安事故處理實務指引》[ISPG-SM02]',
    },
    publisher: 'OGCIO (now DPO)',
    version: 'v1.1 (Nov 2017)',
    status: 'structure seen',
    reliability: 'authoritative',
  },
  {
    ref: 'HK-SM04',
    title: {
      en: 'Practice Guide for Cloud Computing Security [ISPG-SM04]',
      'zh-HK': '《雲端運算保安實務指引》[ISPG-SM04]',
    },
    publisher: 'OGCIO (now DPO)',
    version: 'v1.1 (Jul 2018)',
    status: 'physical/environmental section read',
    reliability: 'authoritative',
  },
  {
    ref: 'HK-CSIP-WEB',
    title: {
      en: 'Cyber Security Information Portal - website security self-check (8 items)',
      'zh-HK': '網絡安全資訊站 — 網站保安自我檢查（8 項）',
    },
    publisher: 'cybersecurity.hk (HKSAR Government portal)',
    version: 'undated web page',
    status: 'page read',
    reliability: 'authoritative, SME-oriented',
  },
  {
    ref: 'HKCERT-7H',
    title: {
      en: 'Seven Habits of Cyber Security for SMEs',
      'zh-HK': 'HKCERT《中小企網絡安全七個好習慣》',
    },
    publisher: 'HKPC / HKCERT',
    version: '11 Sep 2018',
    status: 'only the first 4 of 7 areas confirmed; check the remaining 3 on the live page',
    reliability: 'authoritative, SME-oriented',
  },
  {
    ref: 'HKCERT-IRG',
    title: {
      en: 'Incident Response Guideline for SMEs',
      'zh-HK': 'HKCERT《中小企網絡安全事故應變指南》',
    },
    publisher: 'HKCERT',
    version: 'Aug 2022',
    status: 'press release read',
    reliability: 'authoritative',
  },
  {
    ref: 'HKCERT-TLS',
    title: {
      en: 'SSL/TLS Protocols Security Guidelines',
      'zh-HK': 'HKCERT《SSL/TLS 協定保安指引》',
    },
    publisher: 'HKCERT',
    version: '3 Mar 2016',
    status: 'listing seen',
    reliability: 'authoritative but dated',
  },
  {
    ref: 'HKCERT-WHC',
    title: {
      en: 'SME Free Web Security Health Check Pilot Scheme (Check-Act-Verify)',
      'zh-HK': 'HKCERT 中小企免費網站保安健康檢查先導計劃（檢查─行動─核實）',
    },
    publisher: 'HKCERT',
    version: '2016 (completed Nov 2016)',
    status: 'page read',
    reliability: 'authoritative (historic precedent)',
  },
  {
    ref: 'HKIRC-2024',
    title: {
      en: 'HKIRC findings from regular examination of ~30,000 HK websites',
      'zh-HK': '香港互聯網註冊管理有限公司（HKIRC）對約三萬個香港網站的檢查結果',
    },
    publisher: 'reported by SCMP',
    version: '2 Aug 2024',
    status: 'news report read',
    reliability: 'secondary',
  },
  {
    ref: 'HKPC-CSRI',
    title: {
      en: 'Hong Kong Enterprise Cyber Security Readiness Index',
      'zh-HK': '香港生產力促進局《香港企業網絡保安準備指數》',
    },
    publisher: 'HKPC (with HKCERT)',
    version: 'annual since 2018',
    status: 'press coverage read',
    reliability: 'authoritative survey; method details not read',
  },
  {
    ref: 'PCPD-ICT',
    title: {
      en: 'Guidance Note on Data Security Measures for Information and Communications Technology',
      'zh-HK': '私隱專員公署《資訊及通訊科技的保安措施指引》',
    },
    publisher: 'Office of the Privacy Commissioner for Personal Data (PCPD)',
    version: '30 Aug 2022',
    status: 'summaries read; 7 recommendation areas',
    reliability: 'authoritative',
  },
  {
    ref: 'HK-Cap653',
    title: {
      en: 'Protection of Critical Infrastructures (Computer Systems) Ordinance (Cap. 653)',
      'zh-HK': '《保護關鍵基礎設施（電腦系統）條例》（第 653 章）',
    },
    publisher: 'HKSAR',
    version: 'in force 1 Jan 2026',
    status: 'government press release and law-firm notes read',
    reliability: 'authoritative; applies only to designated CI operators',
  },
  {
    ref: 'HKMA-TMG1',
    title: {
      en: 'Supervisory Policy Manual TM-G-1 General Principles for Technology Risk Management',
      'zh-HK': '金管局《監管政策手冊》TM-G-1 科技風險管理一般原則',
    },
    publisher: 'HKMA',
    version: 'V.1 (24 Jun 2003)',
    status: 'table of contents read',
    reliability: 'authoritative for banks; context only',
  },
  {
    ref: 'SFC-EDSP',
    title: {
      en: 'Circular on use of external electronic data storage providers (EDSPs)',
      'zh-HK': '證監會有關使用外部電子數據儲存服務供應商的通函',
    },
    publisher: 'SFC',
    version: '31 Oct 2019; FAQs 10 Dec 2020',
    status: 'law-firm summaries read',
    reliability: 'authoritative for SFC-licensed corporations',
  },
  {
    ref: 'CYBERSEC-INFOHUB',
    title: {
      en: 'Partnership Programme for Cyber Security Information Sharing (Cybersec Infohub / Cybersechub.hk)',
      'zh-HK': '網絡安全資訊共享夥伴計劃（Cybersec Infohub）',
    },
    publisher: 'OGCIO with HKIRC',
    version: 'pilot launched 24 Sep 2018; formalised 29 Sep 2020',
    status: 'government press releases read',
    reliability: 'authoritative',
  },
  {
    ref: 'ISO27001-2022',
    title: {
      en: 'ISO/IEC 27001:2022 Annex A',
      'zh-HK': 'ISO/IEC 27001:2022 附件 A',
    },
    publisher: 'ISO/IEC',
    version: '2022',
    status: 'control titles only (standard is paywalled)',
    reliability: 'authoritative; cite by control number/title only',
  },
  {
    ref: 'NIST-80053r5',
    title: {
      en: 'NIST SP 800-53 Rev. 5 (PE, MA, MP families)',
      'zh-HK': 'NIST SP 800-53 第 5 版（PE、MA、MP 控制族）',
    },
    publisher: 'NIST',
    version: 'Rev. 5',
    status: 'control titles confirmed',
    reliability: 'authoritative, public domain',
  },
  {
    ref: 'CSA-CCM4',
    title: {
      en: 'Cloud Controls Matrix v4 (DCS, STA, IAM, IVS, TVM, DSP, IPY, SEF, HRS, UEM domains)',
      'zh-HK': '雲端安全聯盟（CSA）雲端控制矩陣 v4',
    },
    publisher: 'Cloud Security Alliance',
    version: 'v4.0.x',
    status: 'control titles/specs read from a public transcription',
    reliability: 'authoritative; check CSA licence before reuse of text',
  },
  {
    ref: 'EN50600-2-5',
    title: {
      en: 'EN 50600-2-5 Data centre facilities and infrastructures - Security systems (international counterpart: ISO/IEC TS 22237 series)',
      'zh-HK': 'EN 50600-2-5 數據中心設施及基礎設施 — 保安系統',
    },
    publisher: 'CENELEC',
    version: '2021',
    status: 'scope only (paywalled)',
    reliability: 'authoritative; cite scope only',
  },
  {
    ref: 'TIA-942',
    title: {
      en: 'ANSI/TIA-942 Telecommunications Infrastructure Standard for Data Centers',
      'zh-HK': 'ANSI/TIA-942 數據中心電訊基礎設施標準',
    },
    publisher: 'TIA',
    version: '2005 onward (current edition not read)',
    status: 'existence and scope only',
    reliability: 'authoritative; paywalled',
  },
  {
    ref: 'UPTIME-TIER',
    title: {
      en: 'Uptime Institute Tier Standard: Topology (Tier I-IV)',
      'zh-HK': 'Uptime Institute 等級標準：拓撲（Tier I–IV）',
    },
    publisher: 'Uptime Institute',
    version: 'not read',
    status: 'general knowledge only',
    reliability: 'industry standard; not verified against the standard text',
  },
  {
    ref: 'NPSA-DC',
    title: {
      en: 'Data centre security guidance (3Ds: Deter/Detect/Delay; BAD: Barriers/Access/Detect)',
      'zh-HK': '英國 NPSA 數據中心保安指引',
    },
    publisher: 'UK NPSA',
    version: '2022 pages',
    status: 'pages read',
    reliability: 'authoritative (UK)',
  },
  {
    ref: 'CIS-v8',
    title: {
      en: 'CIS Critical Security Controls v8 / v8.1 - Implementation Group 1 (56 safeguards)',
      'zh-HK': 'CIS 關鍵保安控制 v8／v8.1 — 實施組別 1（IG1）',
    },
    publisher: 'Center for Internet Security',
    version: 'v8 (2021), v8.1 (2024)',
    status: 'IG1 scope confirmed; safeguard IDs cited',
    reliability: 'authoritative; CC BY-NC-ND licence - cite IDs, do not copy text',
  },
  {
    ref: 'NCSC-CE',
    title: {
      en: 'Cyber Essentials: Requirements for IT Infrastructure',
      'zh-HK': '英國 NCSC Cyber Essentials：資訊科技基礎設施要求',
    },
    publisher: 'UK NCSC / IASME',
    version: 'current web edition',
    status: 'theme list read',
    reliability: 'authoritative',
  },
  {
    ref: 'NCSC-SBG',
    title: {
      en: 'Cyber Security Small Business Guide',
      'zh-HK': '英國 NCSC《小型企業網絡安全指南》',
    },
    publisher: 'UK NCSC',
    version: 'v4 (2020)',
    status: 'contents read',
    reliability: 'authoritative',
  },
  {
    ref: 'NIST-CSF2',
    title: {
      en: 'NIST Cybersecurity Framework 2.0 and SP 1300 Small Business Quick-Start Guide',
      'zh-HK': 'NIST 網絡安全框架 2.0 及 SP 1300 小型企業快速入門指南',
    },
    publisher: 'NIST',
    version: 'Feb 2024',
    status: 'structure confirmed',
    reliability: 'authoritative, public domain',
  },
  {
    ref: 'CISA-CPG',
    title: {
      en: 'Cross-Sector Cybersecurity Performance Goals (CPG) checklist',
      'zh-HK': '美國 CISA 跨界別網絡安全表現目標（CPG）核對清單',
    },
    publisher: 'CISA',
    version: 'v1.0.1 (Mar 2023); goal IDs per third-party transcriptions - verify',
    status: 'goal names confirmed',
    reliability: 'authoritative, public domain',
  },
  {
    ref: 'CSA-SG-CE',
    title: {
      en: 'Cyber Essentials mark',
      'zh-HK': '新加坡網絡安全局 Cyber Essentials 標誌',
    },
    publisher: 'Cyber Security Agency of Singapore',
    version: '2022; expanded Apr 2025 (cloud, AI, OT)',
    status: 'official page and summaries read',
    reliability: 'authoritative',
  },
  {
    ref: 'CSA-SG-IHP',
    title: {
      en: 'Internet Hygiene Portal (website/email/connectivity health checks)',
      'zh-HK': '新加坡網絡安全局互聯網衞生入口網站',
    },
    publisher: 'Cyber Security Agency of Singapore',
    version: 'launched 19 Oct 2022',
    status: 'press release read',
    reliability: 'authoritative (design precedent for scan linking)',
  },
  {
    ref: 'OWASP-SH',
    title: {
      en: 'OWASP Secure Headers Project',
      'zh-HK': 'OWASP 安全標頭項目',
    },
    publisher: 'OWASP',
    version: 'living project',
    status: 'general knowledge',
    reliability: 'community standard',
  },
  {
    ref: 'RFC',
    title: {
      en: 'IETF RFCs: 6797 (HSTS), 7489 (DMARC), 7208 (SPF), 8659 (CAA), 9116 (security.txt)',
      'zh-HK':
        'IETF 標準文件（RFC）：6797（HSTS）、7489（DMARC）、7208（SPF）、8659（CAA）、9116（security.txt）',
    },
    publisher: 'IETF',
    version: 'various',
    status: 'general knowledge',
    reliability: 'authoritative',
  },
]
