/** PHY: Server room and data-centre physical security. English wording is original paraphrase; zh-HK written for Hong Kong SMEs. */
import type { ChecklistItem } from '../types.ts'

export const physicalItems: readonly ChecklistItem[] = [
  {
    id: 'PHY-01',
    domain: 'PHY',
    title: {
      en: 'Servers are in a locked, dedicated space',
      'zh-HK': '伺服器放在上鎖的專用空間',
    },
    question: {
      en: 'Are your servers, storage and network equipment kept in a locked room or locked cabinet used only for IT - not in a corridor, pantry, storeroom or open office?',
      'zh-HK':
        '你的伺服器、儲存及網絡設備是否放在只作資訊科技用途、已上鎖的房間或機櫃內，而不是放在走廊、茶水間、雜物房或開放式辦公室？',
    },
    why_it_matters: {
      en: 'Anyone who can touch a server can steal a disk, plug in a device or simply switch it off.',
      'zh-HK': '任何能接觸到伺服器的人，都可以偷走硬碟、插入裝置，甚至直接關機。',
    },
    how_to_comply: [
      {
        en: 'Use a dedicated room or a lockable rack/cabinet; keep it locked even during office hours.',
        'zh-HK': '使用專用房間或可上鎖的機架／機櫃；即使在辦公時間亦保持上鎖。',
      },
      {
        en: 'Do not store stationery, cartons or cleaning supplies in it.',
        'zh-HK': '不要在房內存放文具、紙箱或清潔用品。',
      },
      {
        en: "Put a plain 'Authorised staff only' notice on the door.",
        'zh-HK': '在門上貼上簡單的「只限獲授權員工進入」告示。',
      },
    ],
    evidence: [
      {
        en: 'Photo of the room or cabinet and its lock',
        'zh-HK': '房間或機櫃及其門鎖的相片',
      },
      {
        en: 'Floor plan showing its location',
        'zh-HK': '顯示其位置的平面圖',
      },
    ],
    severity: 'critical',
    weight: 5,
    level: 1,
    applies_to: ['onprem_room'],
    dpo_pgdcs: {
      theme: 'design',
      clause: null,
      status: 'unmapped',
    },
    sources: [
      {
        ref: 'HK-S17',
        clause: '13.1.2, 13.2.1',
      },
      {
        ref: 'HK-G3',
        clause: '13.1(c) Physical Access Control; 13.1(b) no bulk stationery in the room',
      },
      {
        ref: 'ISO27001-2022',
        clause: 'A.7.1, A.7.3',
      },
      {
        ref: 'NIST-80053r5',
        clause: 'PE-3',
      },
      {
        ref: 'CSA-CCM4',
        clause: 'DCS-07',
      },
      {
        ref: 'HK-SM01',
        clause: 'Annex A - Physical Security questions',
      },
    ],
    scan: {
      linkable: false,
    },
  },
  {
    id: 'PHY-02',
    domain: 'PHY',
    title: {
      en: 'Only authorised people can get in',
      'zh-HK': '只有獲授權人士才可進入',
    },
    question: {
      en: 'Is there a written list of who may enter the server room (or your rack at a data centre), reviewed at least every six months, with keys, cards or PINs given only to those people and collected from leavers?',
      'zh-HK':
        '是否有書面名單列明誰可進入伺服器房（或你在數據中心的機櫃），最少每六個月檢視一次，鎖匙、門卡或密碼只發給名單上的人，並向離職員工收回？',
    },
    why_it_matters: {
      en: 'Unreviewed access lists grow over time; former staff and contractors often keep working keys or cards.',
      'zh-HK': '沒有定期檢視的進出名單只會愈來愈長；前員工和承辦商往往仍持有可用的鎖匙或門卡。',
    },
    how_to_comply: [
      {
        en: 'Keep an authorised-access list with names and reasons; the owner approves each addition.',
        'zh-HK': '備存獲授權進入名單，列明姓名及原因；每次新增都須由負責人批准。',
      },
      {
        en: 'Review it at least twice a year and after anyone leaves.',
        'zh-HK': '最少每年檢視兩次，並在有人離職後即時檢視。',
      },
      {
        en: "For colocation, keep the provider's list of your authorised visitors in line with your own list.",
        'zh-HK': '如使用託管數據中心，確保供應商手上的獲授權訪客名單與你自己的名單一致。',
      },
    ],
    evidence: [
      {
        en: 'Current access list with review date',
        'zh-HK': '附檢視日期的現行進出名單',
      },
      {
        en: 'Key/card issue and return register',
        'zh-HK': '鎖匙／門卡發出及交還登記冊',
      },
    ],
    severity: 'high',
    weight: 3,
    level: 1,
    applies_to: ['onprem_room', 'colo'],
    dpo_pgdcs: {
      theme: 'operation',
      clause: null,
      status: 'unmapped',
    },
    sources: [
      {
        ref: 'HK-S17',
        clause: '13.1.4, 13.1.5',
      },
      {
        ref: 'HK-G3',
        clause: '13.1(c) Physical Access Control',
      },
      {
        ref: 'HK-SM04',
        clause:
          'Physical and Environmental Security - restrict access to isolated area, standing access list',
      },
      {
        ref: 'ISO27001-2022',
        clause: 'A.7.2',
      },
      {
        ref: 'NIST-80053r5',
        clause: 'PE-2',
      },
      {
        ref: 'CSA-CCM4',
        clause: 'DCS-09',
      },
    ],
    scan: {
      linkable: false,
    },
  },
  {
    id: 'PHY-03',
    domain: 'PHY',
    title: {
      en: 'Visitors and contractors are escorted and logged',
      'zh-HK': '訪客及承辦商有人陪同並須登記',
    },
    question: {
      en: 'Are visitors, cleaners, vendors and maintenance staff always escorted near your servers, and is a log kept of name, company, date, time in and out, and purpose?',
      'zh-HK':
        '訪客、清潔工、供應商及維修人員在伺服器附近時是否一直有人陪同，並記錄姓名、公司、日期、進出時間及目的？',
    },
    why_it_matters: {
      en: "Outsiders with unsupervised access are a common cause of theft, accidental damage and 'helpful' changes nobody approved.",
      'zh-HK': '外來人士在無人監督下進出，是盜竊、意外損壞和未經批准「好心」改動的常見成因。',
    },
    how_to_comply: [
      {
        en: 'Escort every visitor; they should wear a visible badge.',
        'zh-HK': '每位訪客都要有人陪同，並佩戴清晰可見的訪客證。',
      },
      {
        en: 'Keep a visitor log (paper or electronic) with name, organisation, purpose and times.',
        'zh-HK': '備存訪客登記（紙本或電子），記錄姓名、機構、目的及時間。',
      },
      {
        en: 'Ask the cleaning contractor to assign a named cleaner for the server room.',
        'zh-HK': '要求清潔承辦商指派固定的清潔人員負責伺服器房。',
      },
    ],
    evidence: [
      {
        en: 'Visitor log for the last three months',
        'zh-HK': '最近三個月的訪客登記',
      },
    ],
    severity: 'high',
    weight: 3,
    level: 1,
    applies_to: ['onprem_room', 'colo'],
    dpo_pgdcs: {
      theme: 'operation',
      clause: null,
      status: 'unmapped',
    },
    sources: [
      {
        ref: 'HK-S17',
        clause: '13.1.6',
      },
      {
        ref: 'HK-G3',
        clause:
          '13.1(c) Physical Access Control - visitor record, designated cleaner, supervise external maintenance',
      },
      {
        ref: 'ISO27001-2022',
        clause: 'A.7.2',
      },
      {
        ref: 'NIST-80053r5',
        clause: 'PE-8',
      },
    ],
    scan: {
      linkable: false,
    },
  },
  {
    id: 'PHY-04',
    domain: 'PHY',
    title: {
      en: 'Entry is recorded and watched',
      'zh-HK': '出入有紀錄及監察',
    },
    question: {
      en: 'Is entry to the server area recorded automatically (card or biometric log) or covered by CCTV with recordings kept for at least a month - and is there an intruder alarm out of hours?',
      'zh-HK':
        '伺服器區域的出入是否有自動紀錄（門卡或生物認證紀錄），或有閉路電視覆蓋並保留錄影最少一個月？非辦公時間是否設有防盜警報？',
    },
    why_it_matters: {
      en: 'Recording and alarms deter misuse and let you find out what happened after an incident.',
      'zh-HK': '紀錄和警報可以阻嚇不當行為，亦讓你在事故後查明發生了甚麼事。',
    },
    how_to_comply: [
      {
        en: 'Fit an electronic lock that keeps an entry log, or a CCTV camera covering the door and racks.',
        'zh-HK': '安裝會記錄出入的電子門鎖，或安裝覆蓋門口及機架的閉路電視。',
      },
      {
        en: 'Keep recordings for at least one month; follow PCPD guidance on CCTV signage.',
        'zh-HK': '錄影最少保留一個月；按私隱專員公署的指引張貼閉路電視告示。',
      },
      {
        en: 'Link the door or motion sensor to an out-of-hours alarm.',
        'zh-HK': '把門磁或移動感應器連接到非辦公時間的警報系統。',
      },
    ],
    evidence: [
      {
        en: 'Sample access-log export or CCTV retention setting',
        'zh-HK': '出入紀錄匯出樣本或閉路電視保留設定',
      },
      {
        en: 'Alarm service contract',
        'zh-HK': '警報服務合約',
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
        clause:
          '13.1(c) - CCTV recordings retained at least a month; intruder detection for critical areas',
      },
      {
        ref: 'ISO27001-2022',
        clause: 'A.7.4',
      },
      {
        ref: 'NIST-80053r5',
        clause: 'PE-6',
      },
      {
        ref: 'CSA-CCM4',
        clause: 'DCS-10',
      },
      {
        ref: 'NPSA-DC',
        clause: 'Deter-Detect-Delay',
      },
    ],
    scan: {
      linkable: false,
    },
  },
  {
    id: 'PHY-05',
    domain: 'PHY',
    title: {
      en: 'The room is in a safe location',
      'zh-HK': '房間位置安全',
    },
    question: {
      en: 'Is the server room away from obvious hazards - water pipes or toilets above, a flood-prone ground floor or basement, external windows, loading areas - and have typhoon and flooding risks been considered?',
      'zh-HK':
        '伺服器房是否遠離明顯的危險，例如上方有水管或洗手間、易水浸的地下或地庫、對外窗戶、貨物起卸區？有否考慮颱風和水浸風險？',
    },
    why_it_matters: {
      en: 'In Hong Kong, water (burst pipes, air-conditioner leaks, typhoon flooding) damages small server rooms more often than intruders do.',
      'zh-HK': '在香港，水（爆水管、冷氣機漏水、颱風水浸）對小型伺服器房造成的損壞比入侵者更常見。',
    },
    how_to_comply: [
      {
        en: 'Choose an inner room above street level without windows or water pipes overhead.',
        'zh-HK': '選擇高於街面、沒有窗戶、上方沒有水管的內部房間。',
      },
      {
        en: 'If you cannot move, raise equipment off the floor and add leak detection (see ENV-05).',
        'zh-HK': '如無法搬遷，把設備墊高離地並加裝漏水偵測（見 ENV-05）。',
      },
      {
        en: 'Record the location risks in your risk assessment (GOV-03).',
        'zh-HK': '在風險評估（GOV-03）中記錄位置風險。',
      },
    ],
    evidence: [
      {
        en: 'Photos and a note on location risks',
        'zh-HK': '相片及位置風險說明',
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
        ref: 'HK-S17',
        clause: '13.1.1',
      },
      {
        ref: 'HK-G3',
        clause: '13.1(a) Site Preparation - site selection, water leakage and flood control',
      },
      {
        ref: 'ISO27001-2022',
        clause: 'A.7.5',
      },
      {
        ref: 'NIST-80053r5',
        clause: 'PE-18, PE-23',
      },
      {
        ref: 'CSA-CCM4',
        clause: 'DCS-15',
      },
      {
        ref: 'EN50600-2-5',
        clause: 'protection against environmental events inside and outside the data centre',
      },
    ],
    scan: {
      linkable: false,
    },
  },
  {
    id: 'PHY-06',
    domain: 'PHY',
    title: {
      en: 'Racks are locked and cables protected',
      'zh-HK': '機架已上鎖，線纜受保護',
    },
    question: {
      en: 'Are racks and cabinets locked, power and network cables tidy, labelled and protected, and are unused network sockets in public areas switched off?',
      'zh-HK':
        '機架和機櫃是否已上鎖，電源及網絡線纜是否整齊、有標籤並受保護？公眾地方沒有使用的網絡插座是否已停用？',
    },
    why_it_matters: {
      en: 'Open racks and live sockets let anyone plug in a device; messy cabling causes outages during maintenance.',
      'zh-HK':
        '沒上鎖的機架和仍然通電的網絡插座，讓任何人都可以接入裝置；凌亂的線纜亦容易在維修時引致系統中斷。',
    },
    how_to_comply: [
      {
        en: 'Lock rack doors; in a shared colocation cage, use your own lockable rack or cage.',
        'zh-HK': '把機架門上鎖；在共用的託管區域，使用自己可上鎖的機架或籠位。',
      },
      {
        en: 'Label cables at both ends and keep a simple patch list.',
        'zh-HK': '在線纜兩端貼上標籤，並備存簡單的配線表。',
      },
      {
        en: 'Disable unused switch ports, especially in reception and meeting rooms.',
        'zh-HK': '停用未使用的交換器埠，特別是接待處和會議室的插座。',
      },
    ],
    evidence: [
      {
        en: 'Photo of the locked rack',
        'zh-HK': '已上鎖機架的相片',
      },
      {
        en: 'Switch configuration showing disabled ports',
        'zh-HK': '顯示已停用埠的交換器設定',
      },
    ],
    severity: 'medium',
    weight: 2,
    level: 2,
    applies_to: ['onprem_room', 'colo'],
    dpo_pgdcs: {
      theme: 'design',
      clause: null,
      status: 'unmapped',
    },
    sources: [
      {
        ref: 'ISO27001-2022',
        clause: 'A.7.12',
      },
      {
        ref: 'NIST-80053r5',
        clause: 'PE-4, PE-9',
      },
      {
        ref: 'CSA-CCM4',
        clause: 'DCS-12',
      },
      {
        ref: 'HK-SM04',
        clause: 'Physical and Environmental Security - isolated area, shared equipment racks',
      },
    ],
    scan: {
      linkable: false,
    },
  },
  {
    id: 'PHY-07',
    domain: 'PHY',
    title: {
      en: 'Equipment and media leave only with approval',
      'zh-HK': '設備及媒體須經批准才可移走',
    },
    question: {
      en: 'Is removing servers, disks or backup media from the server room or data centre approved and recorded (check-out and check-in)?',
      'zh-HK':
        '從伺服器房或數據中心移走伺服器、硬碟或備份媒體，是否須經批准並有紀錄（借出及歸還）？',
    },
    why_it_matters: {
      en: 'A disk or backup that walks out unrecorded is a data breach you may never notice.',
      'zh-HK': '沒有紀錄地被帶走的硬碟或備份，可能是一宗你永遠不會察覺的資料外洩。',
    },
    how_to_comply: [
      {
        en: "Require the owner's approval for removing equipment or media.",
        'zh-HK': '移走設備或媒體須經負責人批准。',
      },
      {
        en: 'Record item, serial number, who took it, why and when it came back.',
        'zh-HK': '記錄項目、序號、由誰帶走、原因及何時歸還。',
      },
      {
        en: 'Encrypt any media that travels (see AST-03).',
        'zh-HK': '任何需要帶離的媒體都要加密（見 AST-03）。',
      },
    ],
    evidence: [
      {
        en: 'Equipment/media movement log',
        'zh-HK': '設備／媒體移動紀錄',
      },
    ],
    severity: 'medium',
    weight: 2,
    level: 2,
    applies_to: ['onprem_room', 'colo'],
    dpo_pgdcs: {
      theme: 'operation',
      clause: null,
      status: 'unmapped',
    },
    sources: [
      {
        ref: 'HK-S17',
        clause: '13.2.3',
      },
      {
        ref: 'HK-G3',
        clause: '13.2(a) Equipment Siting and Protection; 14.3(b) media movement logged',
      },
      {
        ref: 'ISO27001-2022',
        clause: 'A.7.9, A.7.10',
      },
      {
        ref: 'NIST-80053r5',
        clause: 'PE-16',
      },
      {
        ref: 'CSA-CCM4',
        clause: 'DCS-02, DCS-04',
      },
    ],
    scan: {
      linkable: false,
    },
  },
  {
    id: 'PHY-08',
    domain: 'PHY',
    title: {
      en: 'Equipment is inspected and maintained',
      'zh-HK': '設備定期檢查及保養',
    },
    question: {
      en: 'Are servers, UPS, air-conditioning and fire equipment inspected and serviced on a schedule (for example under maintenance contracts), with technicians supervised while on site?',
      'zh-HK':
        '伺服器、不斷電系統、冷氣及消防設備是否按時間表檢查及保養（例如透過保養合約），而技術人員在場時是否有人監督？',
    },
    why_it_matters: {
      en: 'Batteries, fans and air-conditioners fail quietly; scheduled checks catch problems before they cause an outage.',
      'zh-HK': '電池、風扇和冷氣機會在無聲無息間失效；定期檢查可以在系統停頓前發現問題。',
    },
    how_to_comply: [
      {
        en: 'Keep maintenance contracts or a service calendar for UPS, air-conditioning and fire equipment.',
        'zh-HK': '為不斷電系統、冷氣及消防設備訂立保養合約或保養時間表。',
      },
      {
        en: 'Record each visit and what was done.',
        'zh-HK': '記錄每次到訪及所做的工作。',
      },
      {
        en: 'Supervise vendor engineers and check their work against the change record (SYS-05).',
        'zh-HK': '監督供應商工程師，並按變更紀錄（SYS-05）核對其工作。',
      },
    ],
    evidence: [
      {
        en: 'Maintenance contracts and service reports',
        'zh-HK': '保養合約及服務報告',
      },
    ],
    severity: 'medium',
    weight: 2,
    level: 2,
    applies_to: ['onprem_room', 'colo'],
    dpo_pgdcs: {
      theme: 'operation',
      clause: null,
      status: 'unmapped',
    },
    sources: [
      {
        ref: 'HK-S17',
        clause: '13.2.1',
      },
      {
        ref: 'HK-G3',
        clause:
          '13.1(b) annual inspection of extinguishers and suppression systems; 13.1(c) monitor external maintenance',
      },
      {
        ref: 'ISO27001-2022',
        clause: 'A.7.13',
      },
      {
        ref: 'NIST-80053r5',
        clause: 'MA-2',
      },
      {
        ref: 'HKMA-TMG1',
        clause: '5.3 IT facilities and equipment maintenance',
      },
      {
        ref: 'CSA-CCM4',
        clause: 'DCS-14',
      },
    ],
    scan: {
      linkable: false,
    },
  },
]
