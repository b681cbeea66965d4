/**
 * Regenerates rules/lib/cipher-suites-data.ts: the IANA TLS cipher-suite registry (plus the few
 * pre-standard IDs scanners still probe: EXPORT1024, GOST 2001, FIPS SSLv3), with OpenSSL's names
 * taken from `openssl ciphers -stdname -V 'ALL:COMPLEMENTOFALL:@SECLEVEL=0'`.
 * Run: node scanner/tls/cipher-suites-gen.ts > rules/lib/cipher-suites-data.ts && npx prettier --write rules/lib/cipher-suites-data.ts
 * (Written from the IANA tls-parameters registry; testssl's GPL mapping file is not used.)
 */
import { execFileSync } from 'node:child_process'

const ARIA_CBC = ['RSA', 'DH_DSS', 'DH_RSA', 'DHE_DSS', 'DHE_RSA', 'DH_anon']
const EC_KX = ['ECDHE_ECDSA', 'ECDH_ECDSA', 'ECDHE_RSA', 'ECDH_RSA']
const PSK_KX = ['PSK', 'DHE_PSK', 'RSA_PSK']

/** [first id, names...] runs of consecutive registry entries. */
function runs(): [number, string[]][] {
  const sizes = (kx: string[], enc: string, mac128: string, mac256: string) =>
    kx.flatMap((k) => [`TLS_${k}_WITH_${enc}_128_${mac128}`, `TLS_${k}_WITH_${enc}_256_${mac256}`])
  return [
    [
      0x0000,
      [
        'TLS_NULL_WITH_NULL_NULL',
        'TLS_RSA_WITH_NULL_MD5',
        'TLS_RSA_WITH_NULL_SHA',
        'TLS_RSA_EXPORT_WITH_RC4_40_MD5',
        'TLS_RSA_WITH_RC4_128_MD5',
        'TLS_RSA_WITH_RC4_128_SHA',
        'TLS_RSA_EXPORT_WITH_RC2_CBC_40_MD5',
        'TLS_RSA_WITH_IDEA_CBC_SHA',
        'TLS_RSA_EXPORT_WITH_DES40_CBC_SHA',
        'TLS_RSA_WITH_DES_CBC_SHA',
        'TLS_RSA_WITH_3DES_EDE_CBC_SHA',
        ...['DH_DSS', 'DH_RSA', 'DHE_DSS', 'DHE_RSA'].flatMap((k) => [
          `TLS_${k}_EXPORT_WITH_DES40_CBC_SHA`,
          `TLS_${k}_WITH_DES_CBC_SHA`,
          `TLS_${k}_WITH_3DES_EDE_CBC_SHA`,
        ]),
        'TLS_DH_anon_EXPORT_WITH_RC4_40_MD5',
        'TLS_DH_anon_WITH_RC4_128_MD5',
        'TLS_DH_anon_EXPORT_WITH_DES40_CBC_SHA',
        'TLS_DH_anon_WITH_DES_CBC_SHA',
        'TLS_DH_anon_WITH_3DES_EDE_CBC_SHA',
      ],
    ],
    [
      0x001e,
      [
        'TLS_KRB5_WITH_DES_CBC_SHA',
        'TLS_KRB5_WITH_3DES_EDE_CBC_SHA',
        'TLS_KRB5_WITH_RC4_128_SHA',
        'TLS_KRB5_WITH_IDEA_CBC_SHA',
        'TLS_KRB5_WITH_DES_CBC_MD5',
        'TLS_KRB5_WITH_3DES_EDE_CBC_MD5',
        'TLS_KRB5_WITH_RC4_128_MD5',
        'TLS_KRB5_WITH_IDEA_CBC_MD5',
        'TLS_KRB5_EXPORT_WITH_DES_CBC_40_SHA',
        'TLS_KRB5_EXPORT_WITH_RC2_CBC_40_SHA',
        'TLS_KRB5_EXPORT_WITH_RC4_40_SHA',
        'TLS_KRB5_EXPORT_WITH_DES_CBC_40_MD5',
        'TLS_KRB5_EXPORT_WITH_RC2_CBC_40_MD5',
        'TLS_KRB5_EXPORT_WITH_RC4_40_MD5',
        ...PSK_KX.map((k) => `TLS_${k}_WITH_NULL_SHA`),
      ],
    ],
    [
      0x002f,
      ['AES_128_CBC_SHA', 'AES_256_CBC_SHA'].flatMap((e) =>
        ['RSA', 'DH_DSS', 'DH_RSA', 'DHE_DSS', 'DHE_RSA', 'DH_anon'].map(
          (k) => `TLS_${k}_WITH_${e}`
        )
      ),
    ],
    [
      0x003b,
      [
        'TLS_RSA_WITH_NULL_SHA256',
        'TLS_RSA_WITH_AES_128_CBC_SHA256',
        'TLS_RSA_WITH_AES_256_CBC_SHA256',
        'TLS_DH_DSS_WITH_AES_128_CBC_SHA256',
        'TLS_DH_RSA_WITH_AES_128_CBC_SHA256',
        'TLS_DHE_DSS_WITH_AES_128_CBC_SHA256',
        ...ARIA_CBC.map((k) => `TLS_${k}_WITH_CAMELLIA_128_CBC_SHA`),
      ],
    ],
    [
      0x0060,
      [
        'TLS_RSA_EXPORT1024_WITH_RC4_56_MD5',
        'TLS_RSA_EXPORT1024_WITH_RC2_CBC_56_MD5',
        'TLS_RSA_EXPORT1024_WITH_DES_CBC_SHA',
        'TLS_DHE_DSS_EXPORT1024_WITH_DES_CBC_SHA',
        'TLS_RSA_EXPORT1024_WITH_RC4_56_SHA',
        'TLS_DHE_DSS_EXPORT1024_WITH_RC4_56_SHA',
        'TLS_DHE_DSS_WITH_RC4_128_SHA',
        'TLS_DHE_RSA_WITH_AES_128_CBC_SHA256',
        'TLS_DH_DSS_WITH_AES_256_CBC_SHA256',
        'TLS_DH_RSA_WITH_AES_256_CBC_SHA256',
        'TLS_DHE_DSS_WITH_AES_256_CBC_SHA256',
        'TLS_DHE_RSA_WITH_AES_256_CBC_SHA256',
        'TLS_DH_anon_WITH_AES_128_CBC_SHA256',
        'TLS_DH_anon_WITH_AES_256_CBC_SHA256',
      ],
    ],
    [
      0x0080,
      [
        'TLS_GOSTR341094_WITH_28147_CNT_IMIT',
        'TLS_GOSTR341001_WITH_28147_CNT_IMIT',
        'TLS_GOSTR341094_WITH_NULL_GOSTR3411',
        'TLS_GOSTR341001_WITH_NULL_GOSTR3411',
        ...ARIA_CBC.map((k) => `TLS_${k}_WITH_CAMELLIA_256_CBC_SHA`),
        ...PSK_KX.flatMap((k) =>
          ['RC4_128_SHA', '3DES_EDE_CBC_SHA', 'AES_128_CBC_SHA', 'AES_256_CBC_SHA'].map(
            (e) => `TLS_${k}_WITH_${e}`
          )
        ),
        ...ARIA_CBC.map((k) => `TLS_${k}_WITH_SEED_CBC_SHA`),
      ],
    ],
    [
      0x009c,
      ['RSA', 'DHE_RSA', 'DH_RSA', 'DHE_DSS', 'DH_DSS', 'DH_anon', ...PSK_KX].flatMap((k) => [
        `TLS_${k}_WITH_AES_128_GCM_SHA256`,
        `TLS_${k}_WITH_AES_256_GCM_SHA384`,
      ]),
    ],
    [
      0x00ae,
      PSK_KX.flatMap((k) => [
        `TLS_${k}_WITH_AES_128_CBC_SHA256`,
        `TLS_${k}_WITH_AES_256_CBC_SHA384`,
        `TLS_${k}_WITH_NULL_SHA256`,
        `TLS_${k}_WITH_NULL_SHA384`,
      ]),
    ],
    [
      0x00ba,
      [
        ...ARIA_CBC.map((k) => `TLS_${k}_WITH_CAMELLIA_128_CBC_SHA256`),
        ...ARIA_CBC.map((k) => `TLS_${k}_WITH_CAMELLIA_256_CBC_SHA256`),
        'TLS_SM4_GCM_SM3',
        'TLS_SM4_CCM_SM3',
      ],
    ],
    [
      0x1301,
      [
        'TLS_AES_128_GCM_SHA256',
        'TLS_AES_256_GCM_SHA384',
        'TLS_CHACHA20_POLY1305_SHA256',
        'TLS_AES_128_CCM_SHA256',
        'TLS_AES_128_CCM_8_SHA256',
      ],
    ],
    [
      0xc001,
      ['ECDH_ECDSA', 'ECDHE_ECDSA', 'ECDH_RSA', 'ECDHE_RSA', 'ECDH_anon'].flatMap((k) =>
        ['NULL_SHA', 'RC4_128_SHA', '3DES_EDE_CBC_SHA', 'AES_128_CBC_SHA', 'AES_256_CBC_SHA'].map(
          (e) => `TLS_${k}_WITH_${e}`
        )
      ),
    ],
    [
      0xc01a,
      ['3DES_EDE_CBC_SHA', 'AES_128_CBC_SHA', 'AES_256_CBC_SHA'].flatMap((e) =>
        ['SRP_SHA', 'SRP_SHA_RSA', 'SRP_SHA_DSS'].map((k) => `TLS_${k}_WITH_${e}`)
      ),
    ],
    [
      0xc023,
      [
        ...sizes(EC_KX, 'AES', 'CBC_SHA256', 'CBC_SHA384'),
        ...sizes(EC_KX, 'AES', 'GCM_SHA256', 'GCM_SHA384'),
        ...[
          'RC4_128_SHA',
          '3DES_EDE_CBC_SHA',
          'AES_128_CBC_SHA',
          'AES_256_CBC_SHA',
          'AES_128_CBC_SHA256',
          'AES_256_CBC_SHA384',
          'NULL_SHA',
          'NULL_SHA256',
          'NULL_SHA384',
        ].map((e) => `TLS_ECDHE_PSK_WITH_${e}`),
        ...sizes(
          [...ARIA_CBC, 'ECDHE_ECDSA', 'ECDH_ECDSA', 'ECDHE_RSA', 'ECDH_RSA'],
          'ARIA',
          'CBC_SHA256',
          'CBC_SHA384'
        ),
        ...sizes(
          [
            'RSA',
            'DHE_RSA',
            'DH_RSA',
            'DHE_DSS',
            'DH_DSS',
            'DH_anon',
            'ECDHE_ECDSA',
            'ECDH_ECDSA',
            'ECDHE_RSA',
            'ECDH_RSA',
          ],
          'ARIA',
          'GCM_SHA256',
          'GCM_SHA384'
        ),
        ...sizes(PSK_KX, 'ARIA', 'CBC_SHA256', 'CBC_SHA384'),
        ...sizes(PSK_KX, 'ARIA', 'GCM_SHA256', 'GCM_SHA384'),
        ...sizes(['ECDHE_PSK'], 'ARIA', 'CBC_SHA256', 'CBC_SHA384'),
        ...sizes(EC_KX, 'CAMELLIA', 'CBC_SHA256', 'CBC_SHA384'),
        ...sizes(
          ['RSA', 'DHE_RSA', 'DH_RSA', 'DHE_DSS', 'DH_DSS', 'DH_anon', ...EC_KX, ...PSK_KX],
          'CAMELLIA',
          'GCM_SHA256',
          'GCM_SHA384'
        ),
        ...sizes([...PSK_KX, 'ECDHE_PSK'], 'CAMELLIA', 'CBC_SHA256', 'CBC_SHA384'),
        ...['RSA', 'DHE_RSA'].flatMap((k) => [
          `TLS_${k}_WITH_AES_128_CCM`,
          `TLS_${k}_WITH_AES_256_CCM`,
        ]),
        ...['RSA', 'DHE_RSA'].flatMap((k) => [
          `TLS_${k}_WITH_AES_128_CCM_8`,
          `TLS_${k}_WITH_AES_256_CCM_8`,
        ]),
        'TLS_PSK_WITH_AES_128_CCM',
        'TLS_PSK_WITH_AES_256_CCM',
        'TLS_DHE_PSK_WITH_AES_128_CCM',
        'TLS_DHE_PSK_WITH_AES_256_CCM',
        'TLS_PSK_WITH_AES_128_CCM_8',
        'TLS_PSK_WITH_AES_256_CCM_8',
        'TLS_PSK_DHE_WITH_AES_128_CCM_8',
        'TLS_PSK_DHE_WITH_AES_256_CCM_8',
        'TLS_ECDHE_ECDSA_WITH_AES_128_CCM',
        'TLS_ECDHE_ECDSA_WITH_AES_256_CCM',
        'TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8',
        'TLS_ECDHE_ECDSA_WITH_AES_256_CCM_8',
        'TLS_ECCPWD_WITH_AES_128_GCM_SHA256',
        'TLS_ECCPWD_WITH_AES_256_GCM_SHA384',
        'TLS_ECCPWD_WITH_AES_128_CCM_SHA256',
        'TLS_ECCPWD_WITH_AES_256_CCM_SHA384',
        'TLS_SHA256_SHA256',
        'TLS_SHA384_SHA384',
      ],
    ],
    [
      0xc100,
      [
        'TLS_GOSTR341112_256_WITH_KUZNYECHIK_CTR_OMAC',
        'TLS_GOSTR341112_256_WITH_MAGMA_CTR_OMAC',
        'TLS_GOSTR341112_256_WITH_28147_CNT_IMIT',
        'TLS_GOSTR341112_256_WITH_KUZNYECHIK_MGM_L',
        'TLS_GOSTR341112_256_WITH_MAGMA_MGM_L',
        'TLS_GOSTR341112_256_WITH_KUZNYECHIK_MGM_S',
        'TLS_GOSTR341112_256_WITH_MAGMA_MGM_S',
      ],
    ],
    [
      0xcca8,
      ['ECDHE_RSA', 'ECDHE_ECDSA', 'DHE_RSA', 'PSK', 'ECDHE_PSK', 'DHE_PSK', 'RSA_PSK'].map(
        (k) => `TLS_${k}_WITH_CHACHA20_POLY1305_SHA256`
      ),
    ],
    [
      0xd001,
      [
        'TLS_ECDHE_PSK_WITH_AES_128_GCM_SHA256',
        'TLS_ECDHE_PSK_WITH_AES_256_GCM_SHA384',
        'TLS_ECDHE_PSK_WITH_AES_128_CCM_8_SHA256',
      ],
    ],
    [0xd005, ['TLS_ECDHE_PSK_WITH_AES_128_CCM_SHA256']],
    [0xfefe, ['SSL_RSA_FIPS_WITH_DES_CBC_SHA', 'SSL_RSA_FIPS_WITH_3DES_EDE_CBC_SHA']],
    [0xffe0, ['SSL_RSA_FIPS_WITH_3DES_EDE_CBC_SHA', 'SSL_RSA_FIPS_WITH_DES_CBC_SHA']],
  ]
}

function openssl(): Map<number, { iana: string; openssl: string }> {
  const out = execFileSync(
    'openssl',
    ['ciphers', '-stdname', '-V', 'ALL:COMPLEMENTOFALL:@SECLEVEL=0'],
    {
      encoding: 'utf8',
    }
  )
  const map = new Map<number, { iana: string; openssl: string }>()
  for (const line of out.split('\n')) {
    const m = /0x([0-9A-F]{2}),0x([0-9A-F]{2}) - (\S+)\s+- (\S+)/.exec(line)
    if (m) map.set(parseInt(m[1]! + m[2]!, 16), { iana: m[3]!, openssl: m[4]! })
  }
  return map
}

const table = new Map<number, string>()
for (const [first, names] of runs()) names.forEach((name, i) => table.set(first + i, name))
const os = openssl()
const lines: string[] = []
for (const [id, v] of os) {
  if (table.has(id) && table.get(id) !== v.iana)
    throw new Error(`0x${id.toString(16)}: registry ${table.get(id)} vs OpenSSL ${v.iana}`)
  table.set(id, v.iana)
}
for (const id of [...table.keys()].sort((a, b) => a - b)) {
  const hex = `0x${id.toString(16).padStart(4, '0')}`
  const name = os.get(id)?.openssl
  lines.push(`  [${hex}, '${table.get(id)}'${name ? `, '${name}'` : ''}],`)
}
process.stdout.write(`/**
 * IANA TLS cipher suites (id, IANA name, OpenSSL name when OpenSSL knows it). Generated by
 * scanner/tls/cipher-suites-gen.ts from the IANA tls-parameters registry and
 * \`openssl ciphers -stdname -V 'ALL:COMPLEMENTOFALL:@SECLEVEL=0'\`; do not edit by hand.
 */
export const CIPHER_SUITE_DATA: readonly (readonly [number, string, string?])[] = [
${lines.join('\n')}
]
`)
