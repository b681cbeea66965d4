/**
 * A tiny synthetic database in HarbourScan's format, so rule tests never depend on the shared
 * upstream data. Facts mirror the real data where it matters (jQuery ranges, PHP/nginx dates).
 */
import type {
  DetectedLibrary,
  LibraryMethod,
  ScriptsFacts,
  SoftwareFacts,
  SoftwareProduct,
} from '../../../scanner/artifacts.ts'
import { createRuleDb } from '../../../rules/lib/vulndb.ts'
import type { EolDb, LibraryAdvisory, VulnDb } from '../../../rules/lib/vulndb-types.ts'

const meta = (source: string) => ({
  source,
  origin: 'fixture',
  version: 'fixture-1',
  sha256: '0'.repeat(64),
  upstreamDate: '2026-08-20',
  importedAt: '2026-08-21T00:00:00.000Z',
  licenseFiles: [],
})

const adv = (over: Partial<LibraryAdvisory> & Pick<LibraryAdvisory, 'range'>): LibraryAdvisory => ({
  severity: 'medium',
  cwe: ['CWE-79'],
  summary: 'XSS',
  cve: [],
  other: {},
  urls: [],
  endOfLife: false,
  ...over,
})

const detect = { uri: [], filename: [], content: [], contentReplace: [], hashes: {}, func: [] }

/** A database in HarbourScan's format holding just these libraries (detector tests). */
export function vulnDbOf(
  parts: Pick<VulnDb, 'libraries' | 'skipUris' | 'compromisedHosts'>
): VulnDb {
  return { format: 'harbourscan-vulndb', formatVersion: 1, meta: meta('retire'), ...parts }
}

export const VULN: VulnDb = {
  format: 'harbourscan-vulndb',
  formatVersion: 1,
  meta: meta('retire'),
  libraries: {
    jquery: {
      id: 'jquery',
      npm: 'jquery',
      detect,
      advisories: [
        adv({ range: { below: '1.9.0b1' }, cve: ['CVE-2012-6708'], ghsa: 'GHSA-2pqj-h3vj-pqgw' }),
        adv({
          range: { atOrAbove: '1.2', below: '3.5.0' },
          cve: ['CVE-2020-11022'],
          ghsa: 'GHSA-gxr4-xjj5-5px2',
        }),
        adv({
          range: { below: '3.0.0', excludes: ['1.12.4-aem'] },
          severity: 'high',
          cve: ['CVE-2015-9251'],
        }),
        adv({
          range: { below: '2.999.999' },
          severity: 'low',
          cwe: ['CWE-1104'],
          summary: 'jQuery 1.x and 2.x are End-of-Life and no longer receiving security updates',
          endOfLife: true,
        }),
      ],
    },
    tinyMCE: {
      id: 'tinyMCE',
      detect,
      advisories: [
        adv({ range: { below: '999.0.0' }, severity: 'critical', cve: ['CVE-2099-0001'] }),
      ],
    },
    knockout: {
      id: 'knockout',
      detect,
      advisories: [
        adv({
          range: { below: '3.5.0' },
          severity: 'low',
          cwe: ['CWE-1104'],
          summary: 'knockout 3.4 and earlier are End-of-Life',
          endOfLife: true,
        }),
      ],
    },
  },
  skipUris: [],
  compromisedHosts: [
    {
      id: 'polyfill.io',
      summary: 'Malicious code served by the new owner.',
      severity: 'high',
      patterns: ['^https?://([a-z0-9-]+\\.)*polyfill\\.io/'],
      urls: ['https://sansec.io/research/polyfill-supply-chain-attack'],
    },
  ],
}

const cycle = (c: string, eol: string | boolean, latest: string, extra = {}) => ({
  cycle: c,
  eol,
  latest,
  latestReleaseDate: '2026-07-01',
  ...extra,
})

export const EOL: EolDb = {
  format: 'harbourscan-eoldb',
  formatVersion: 1,
  meta: meta('endoflife'),
  products: {
    nginx: {
      id: 'nginx',
      title: 'nginx',
      cycles: [cycle('1.30', false, '1.30.4'), cycle('1.18', '2021-04-20', '1.18.0')],
    },
    php: {
      id: 'php',
      title: 'PHP',
      cycles: [cycle('8.4', '2028-12-31', '8.4.11'), cycle('7.4', '2022-11-28', '7.4.33')],
    },
    'apache-http-server': {
      id: 'apache-http-server',
      title: 'Apache HTTP Server',
      cycles: [cycle('2.4', false, '2.4.68'), cycle('2.2', '2017-07-11', '2.2.34')],
    },
    'windows-server': {
      id: 'windows-server',
      title: 'Windows Server',
      cycles: [
        cycle('2025', '2034-11-14', '10.0.26100'),
        cycle('2022', '2031-10-14', '10.0.20348'),
        cycle('2019', '2029-01-09', '10.0.17763'),
        cycle('2016', '2027-01-12', '10.0.14393'),
        cycle('2012-r2', '2023-10-10', '6.3.9600'),
        cycle('2008-r2-sp1', '2020-01-14', '6.1.7601'),
      ],
    },
    wordpress: {
      id: 'wordpress',
      title: 'WordPress',
      cycles: [
        cycle('6.9', false, '6.9.1'),
        cycle('6.4', '2024-07-16', '6.4.7'),
        cycle('3.7', '2022-12-01', '3.7.41'),
      ],
    },
    drupal: {
      id: 'drupal',
      title: 'Drupal',
      cycles: [
        cycle('11.2', false, '11.2.4'),
        cycle('10.6', false, '10.6.2'),
        cycle('10.0', '2023-12-13', '10.0.11'),
        cycle('7', '2025-01-05', '7.103'),
      ],
    },
    joomla: {
      id: 'joomla',
      title: 'Joomla!',
      cycles: [cycle('5', false, '5.3.3'), cycle('3', '2023-08-17', '3.10.12')],
    },
    jquery: {
      id: 'jquery',
      title: 'jQuery',
      cycles: [cycle('3', false, '3.7.1'), cycle('1', true, '1.12.4')],
    },
  },
}

export const DB = createRuleDb(VULN, EOL)
export const NOW = '2026-11-01T00:00:00.000Z'

export function library(
  id: string,
  version: string,
  method: LibraryMethod = 'filecontent'
): DetectedLibrary {
  const url = `https://example.com/js/${id}.js`
  return {
    library: id,
    version,
    confidence: method === 'query-ver' ? 'low' : method === 'filecontent' ? 'high' : 'medium',
    evidence: [{ method, version, url }],
    conflictingVersions: [],
  }
}

export function scripts(libraries: DetectedLibrary[], urls: string[] = []): ScriptsFacts {
  return {
    pageUrl: 'https://example.com/',
    scripts: [...libraries.map((l) => l.evidence[0]!.url), ...urls].map((url) => ({
      url,
      sameOrigin: true,
      fetched: true,
    })),
    libraries,
    scriptsCapped: false,
  }
}

export function product(
  p: Partial<SoftwareProduct> & Pick<SoftwareProduct, 'product' | 'kind'>
): SoftwareProduct {
  return {
    name: p.product,
    confidence: 'high',
    evidence: [{ source: 'header', name: 'server', value: `${p.product}/${p.version ?? ''}` }],
    ...p,
  }
}

export const software = (...products: SoftwareProduct[]): SoftwareFacts => ({ products })
