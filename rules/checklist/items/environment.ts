/** ENV: Power, cooling, fire and water. English wording is original paraphrase; zh-HK written for Hong Kong SMEs. */
import type { ChecklistItem } from '../types.ts'

export const environmentItems: readonly ChecklistItem[] = [
  {
    id: 'ENV-01',
    domain: 'ENV',
    title: {
      en: 'Servers have backup power (UPS)',
      'zh-HK': '伺服器有後備電源（不斷電系統）',
    },
    question: {
      en: 'Are servers and key network devices on a UPS that is tested, lasts long enough to shut down safely, and alerts you or shuts systems down automatically when running on battery?',
      'zh-HK':
        '伺服器和主要網絡設備是否接駁到經測試的不斷電系統（UPS），其供電時間足以安全關機，並會在轉用電池時通知你或自動關機？',
    },
    why_it_matters: {
      en: 'Power dips and cuts corrupt databases and damage hardware; a UPS without automatic shutdown only delays the crash.',
      'zh-HK': '電壓驟降和停電會損毀資料庫及硬件；沒有自動關機的不斷電系統只是把當機延遲而已。',
    },
    how_to_comply: [
      {
        en: 'Size the UPS for the connected load with at least 10-15 minutes of runtime (a product suggestion, not a standard).',
        'zh-HK':
          '按所接駁的負載選擇不斷電系統，供電時間最少 10 至 15 分鐘（此為產品建議，並非標準要求）。',
      },
      {
        en: 'Install the UPS software or network card so servers shut down cleanly and someone is alerted.',
        'zh-HK': '安裝不斷電系統軟件或網絡卡，讓伺服器可正常關機並通知相關人員。',
      },
      {
        en: "Test the batteries yearly and replace them on the maker's schedule.",
        'zh-HK': '每年測試電池，並按製造商建議的時間更換。',
      },
    ],
    evidence: [
      {
        en: 'UPS model, load and runtime reading',
        'zh-HK': '不斷電系統型號、負載及供電時間讀數',
      },
      {
        en: 'Last battery test or replacement record',
        'zh-HK': '最近一次電池測試或更換紀錄',
      },
    ],
    severity: 'high',
    weight: 3,
    level: 1,
    applies_to: ['onprem_room'],
    dpo_pgdcs: {
      theme: 'design',
      clause: null,
      status: 'unmapped',
    },
    sources: [
      {
        ref: 'HK-G3',
        clause: '13.1(a) Site Preparation - power supply and electrical requirements',
      },
      {
        ref: 'ISO27001-2022',
        clause: 'A.7.11',
      },
      {
        ref: 'NIST-80053r5',
        clause: 'PE-11',
      },
      {
        ref: 'CSA-CCM4',
        clause: 'DCS-14',
      },
      {
        ref: 'TIA-942',
        clause: 'electrical infrastructure ratings',
      },
    ],
    scan: {
      linkable: false,
    },
  },
  {
    id: 'ENV-02',
    domain: 'ENV',
    title: {
      en: 'Long power cuts are planned for',
      'zh-HK': '已為長時間停電作準備',
    },
    question: {
      en: 'If power were off for hours (building works, typhoon), do you have a generator, a switch-over to cloud or another site, or a written plan for keeping key services running?',
      'zh-HK':
        '如果停電長達數小時（大廈工程、颱風），你是否有發電機、可轉到雲端或其他地點運作的安排，或維持主要服務的書面計劃？',
    },
    why_it_matters: {
      en: 'A UPS covers minutes. For longer outages you need either backup generation or a way to run elsewhere.',
      'zh-HK': '不斷電系統只能支撐幾分鐘。較長時間的停電需要後備發電，或可在其他地方運作的安排。',
    },
    how_to_comply: [
      {
        en: 'Ask the building management about generator-backed supply for your room.',
        'zh-HK': '向大廈管理處查詢你的房間能否使用有發電機支援的電源。',
      },
      {
        en: 'Otherwise plan to fail over key services (email, website, files) to cloud or a data centre.',
        'zh-HK': '否則計劃把主要服務（電郵、網站、檔案）切換到雲端或數據中心。',
      },
      {
        en: 'Include this scenario in the continuity plan (BCK-05).',
        'zh-HK': '把這個情境納入業務持續計劃（BCK-05）。',
      },
    ],
    evidence: [
      {
        en: 'Building power arrangement note or failover plan',
        'zh-HK': '大廈供電安排說明或切換計劃',
      },
    ],
    severity: 'low',
    weight: 1,
    level: 3,
    applies_to: ['onprem_room'],
    dpo_pgdcs: {
      theme: 'design',
      clause: null,
      status: 'unmapped',
    },
    sources: [
      {
        ref: 'NIST-80053r5',
        clause: 'PE-11(1)',
      },
      {
        ref: 'HK-S17',
        clause: '19.2.1',
      },
      {
        ref: 'HK-G3',
        clause: '19.2(a) Availability of Information Systems',
      },
      {
        ref: 'UPTIME-TIER',
        clause: 'redundancy tiers (useful when choosing a colocation provider)',
      },
    ],
    scan: {
      linkable: false,
    },
  },
  {
    id: 'ENV-03',
    domain: 'ENV',
    title: {
      en: 'Cooling runs 24x7 and temperature is watched',
      'zh-HK': '冷氣全天候運作並監察溫度',
    },
    question: {
      en: 'Does the server room have its own air-conditioning that runs 24x7 (not switched off with the office), with temperature - and ideally humidity - monitored and an alert sent if it gets too hot?',
      'zh-HK':
        '伺服器房是否有獨立冷氣全天候運作（不會隨辦公室關掉），並監察溫度（最好連濕度），過熱時會發出警報？',
    },
    why_it_matters: {
      en: 'Overheating is one of the commonest causes of server failure in small rooms, especially at night and at weekends.',
      'zh-HK': '過熱是小型伺服器房最常見的故障原因之一，尤其在晚上和週末。',
    },
    how_to_comply: [
      {
        en: 'Use a dedicated air-conditioner; ideally two, so one can fail.',
        'zh-HK': '使用專用冷氣機；最好有兩部，其中一部失效時仍有後備。',
      },
      {
        en: 'Fit a temperature sensor that sends e-mail or SMS alerts (many UPS cards and NAS units can).',
        'zh-HK': '安裝會發送電郵或短訊警報的溫度感應器（不少不斷電系統網絡卡和 NAS 都有此功能）。',
      },
      {
        en: 'Service the air-conditioner regularly and keep its drain away from equipment.',
        'zh-HK': '定期保養冷氣機，並確保其去水位遠離設備。',
      },
    ],
    evidence: [
      {
        en: 'Sensor alert settings and a recent temperature log',
        'zh-HK': '感應器警報設定及近期溫度紀錄',
      },
    ],
    severity: 'high',
    weight: 3,
    level: 1,
    applies_to: ['onprem_room'],
    dpo_pgdcs: {
      theme: 'design',
      clause: null,
      status: 'unmapped',
    },
    sources: [
      {
        ref: 'HK-G3',
        clause: '13.1(a) Site Preparation - air conditioning and ventilation',
      },
      {
        ref: 'NIST-80053r5',
        clause: 'PE-14 (and enhancement: monitoring with alarms)',
      },
      {
        ref: 'CSA-CCM4',
        clause: 'DCS-13',
      },
      {
        ref: 'ISO27001-2022',
        clause: 'A.7.5, A.7.11',
      },
      {
        ref: 'EN50600-2-5',
        clause: 'series counterpart ISO/IEC TS 22237 covers environmental control',
      },
    ],
    scan: {
      linkable: false,
    },
  },
  {
    id: 'ENV-04',
    domain: 'ENV',
    title: {
      en: 'Fire is detected and can be fought safely',
      'zh-HK': '能偵測火警並安全撲救',
    },
    question: {
      en: 'Is there smoke or heat detection covering the server area, suitable extinguishers for electrical fires inspected at least yearly, no paper or cartons stored in the room, and do staff know what to do?',
      'zh-HK':
        '伺服器區域是否有煙霧或熱能偵測、適用於電器火警並最少每年檢查一次的滅火筒、房內沒有存放紙張或紙箱，而員工亦知道應如何應變？',
    },
    why_it_matters: {
      en: 'A small electrical fire can destroy all on-site data; water sprinklers can do as much damage as the fire.',
      'zh-HK':
        '一場小小的電器火警已足以摧毀所有在場資料；灑水系統造成的破壞可能與火災本身不相伯仲。',
    },
    how_to_comply: [
      {
        en: 'Make sure smoke detection covers the room (including under raised floors, if any).',
        'zh-HK': '確保煙霧偵測覆蓋整個房間（包括高架地台下，如有）。',
      },
      {
        en: 'Keep gas/clean-agent extinguishers suited to electrical fires near the door; have them inspected yearly.',
        'zh-HK': '在門口附近放置適用於電器火警的氣體／潔淨氣體滅火筒，並每年檢查。',
      },
      {
        en: 'Where a fixed system is installed, gas-based suppression is preferred; test it yearly.',
        'zh-HK': '如安裝固定系統，宜採用氣體滅火系統，並每年測試。',
      },
      {
        en: 'Brief staff on alarms and evacuation; follow local fire-safety requirements.',
        'zh-HK': '向員工講解警報及疏散安排；遵守本地消防安全規定。',
      },
    ],
    evidence: [
      {
        en: 'Fire-equipment inspection tags or certificates',
        'zh-HK': '消防設備檢查標籤或證書',
      },
      {
        en: 'Photo of detector and extinguisher',
        'zh-HK': '偵測器及滅火筒的相片',
      },
    ],
    severity: 'high',
    weight: 3,
    level: 1,
    applies_to: ['onprem_room'],
    dpo_pgdcs: {
      theme: 'design',
      clause: null,
      status: 'unmapped',
    },
    sources: [
      {
        ref: 'HK-G3',
        clause:
          '13.1(b) Fire Fighting - detector placement, gas-based suppression preferred, annual inspection and testing, fire drills',
      },
      {
        ref: 'NIST-80053r5',
        clause: 'PE-13',
      },
      {
        ref: 'ISO27001-2022',
        clause: 'A.7.5',
      },
      {
        ref: 'EN50600-2-5',
        clause: 'fire events within data centre spaces',
      },
    ],
    scan: {
      linkable: false,
    },
  },
  {
    id: 'ENV-05',
    domain: 'ENV',
    title: {
      en: 'Water leaks are prevented and detected',
      'zh-HK': '預防及偵測漏水',
    },
    question: {
      en: 'Is equipment kept off the floor and away from pipes and air-conditioner drains, with a water-leak sensor or regular visual checks?',
      'zh-HK': '設備是否離地擺放，並遠離水管及冷氣機去水位，同時設有漏水感應器或定期目視檢查？',
    },
    why_it_matters: {
      en: 'Leaks from air-conditioners and pipes are common in Hong Kong buildings and can short-circuit a whole rack.',
      'zh-HK': '冷氣機和水管漏水在香港大廈十分常見，足以令整個機架短路。',
    },
    how_to_comply: [
      {
        en: 'Mount equipment in racks or on shelves, not on the floor.',
        'zh-HK': '把設備安裝在機架或層架上，不要放在地上。',
      },
      {
        en: 'Place a leak sensor under the air-conditioner and near the rack, linked to alerts.',
        'zh-HK': '在冷氣機下方及機架附近放置漏水感應器，並連接警報。',
      },
      {
        en: 'Check the room after heavy rain and typhoon warnings.',
        'zh-HK': '在大雨及颱風警告後檢查房間。',
      },
    ],
    evidence: [
      {
        en: 'Photo of leak sensor and equipment placement',
        'zh-HK': '漏水感應器及設備擺放位置的相片',
      },
    ],
    severity: 'medium',
    weight: 2,
    level: 2,
    applies_to: ['onprem_room'],
    dpo_pgdcs: {
      theme: 'design',
      clause: null,
      status: 'unmapped',
    },
    sources: [
      {
        ref: 'HK-G3',
        clause: '13.1(a) Site Preparation - water leakage and flood control',
      },
      {
        ref: 'NIST-80053r5',
        clause: 'PE-15',
      },
      {
        ref: 'ISO27001-2022',
        clause: 'A.7.5',
      },
    ],
    scan: {
      linkable: false,
    },
  },
]
