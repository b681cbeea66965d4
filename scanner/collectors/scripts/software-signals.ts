/**
 * Our own passive fingerprints for server software, runtimes and CMSs (libraries.md §9): header
 * product tokens, generator metas, the WordPress REST link and well-known asset paths. Pure
 * functions of what the main response already showed: no extra requests.
 */
import type { SoftwareEvidence, SoftwareKind, SoftwareProduct } from '../../artifacts.ts'
import { isPlausibleVersion } from '../../../rules/lib/versions.ts'

interface Known {
  product: string
  name: string
  kind: SoftwareKind
}

/** Header product token (lower-cased) → product. endoflife.date ids where one exists. */
const TOKENS: Record<string, Known> = {
  nginx: { product: 'nginx', name: 'nginx', kind: 'server' },
  apache: { product: 'apache-http-server', name: 'Apache httpd', kind: 'server' },
  'microsoft-iis': { product: 'iis', name: 'Microsoft IIS', kind: 'server' },
  'apache tomcat': { product: 'tomcat', name: 'Apache Tomcat', kind: 'server' },
  'apache-coyote': { product: 'tomcat', name: 'Apache Tomcat', kind: 'server' },
  openresty: { product: 'openresty', name: 'OpenResty', kind: 'server' },
  litespeed: { product: 'litespeed', name: 'LiteSpeed', kind: 'server' },
  php: { product: 'php', name: 'PHP', kind: 'runtime' },
  openssl: { product: 'openssl', name: 'OpenSSL', kind: 'runtime' },
  node: { product: 'nodejs', name: 'Node.js', kind: 'runtime' },
  'node.js': { product: 'nodejs', name: 'Node.js', kind: 'runtime' },
  express: { product: 'express', name: 'Express', kind: 'framework' },
  'asp.net': { product: 'aspnet', name: 'ASP.NET', kind: 'framework' },
  'next.js': { product: 'nextjs', name: 'Next.js', kind: 'framework' },
  cloudflare: { product: 'cloudflare', name: 'Cloudflare', kind: 'proxy' },
  akamaighost: { product: 'akamai', name: 'Akamai', kind: 'proxy' },
  varnish: { product: 'varnish', name: 'Varnish', kind: 'proxy' },
}

const DISTROS =
  /\b(debian|ubuntu|centos|red hat|rhel|fedora|alpine|amazon linux|rocky|almalinux|suse|el\d)\b|\b(deb\d+u?\d*)|(ubuntu\d)/i

function distroOf(text: string): string | undefined {
  const m = DISTROS.exec(text)
  if (!m) return undefined
  const word = (m[1] ?? m[2] ?? m[3] ?? '').toLowerCase()
  if (word.startsWith('deb')) return 'Debian'
  if (word.startsWith('ubuntu')) return 'Ubuntu'
  if (word === 'rhel' || word === 'red hat' || /^el\d/.test(word)) return 'Red Hat'
  const names: Record<string, string> = {
    centos: 'CentOS',
    almalinux: 'AlmaLinux',
    suse: 'SUSE',
    'amazon linux': 'Amazon Linux',
    rocky: 'Rocky Linux',
  }
  return names[word] ?? word.charAt(0).toUpperCase() + word.slice(1)
}

/** "7.4.3-4ubuntu2.19" → version 7.4.3, distro Ubuntu. */
function splitDistroVersion(raw: string): { version: string; distro?: string } {
  const distro = distroOf(raw)
  const version = distro ? (/^\d+(\.\d+)*/.exec(raw)?.[0] ?? raw) : raw
  return { version, ...(distro ? { distro } : {}) }
}

export function fromProductHeader(header: string, value: string): SoftwareProduct[] {
  const out: SoftwareProduct[] = []
  const text = value.slice(0, 500)
  const comment = /\(([^)]*)\)/.exec(text)?.[1] ?? ''
  const tokens = /(Apache Tomcat|[A-Za-z][\w.-]*)(?:\/(\d[\w.~+-]*))?/g
  for (let m = tokens.exec(text), n = 0; m && n < 20; m = tokens.exec(text), n++) {
    const known = TOKENS[m[1]!.toLowerCase()]
    if (!known) continue
    const raw = m[2]
    const split = raw ? splitDistroVersion(raw) : undefined
    // "Apache/2.4.41 (Ubuntu) OpenSSL/1.1.1f PHP/7.4.3": every module in the banner is Ubuntu's build.
    const distro = split?.distro ?? distroOf(comment)
    const version = split && isPlausibleVersion(split.version) ? split.version : undefined
    out.push({
      ...known,
      ...(version ? { version } : {}),
      ...(distro ? { distro } : {}),
      confidence: version ? 'high' : 'medium',
      evidence: [{ source: 'header', name: header, value: text }],
    })
  }
  return out
}

const GENERATORS: [RegExp, Known][] = [
  [/^WordPress\s*(\d[\w.-]*)?/i, { product: 'wordpress', name: 'WordPress', kind: 'cms' }],
  [/^Drupal\s*(\d[\w.-]*)?/i, { product: 'drupal', name: 'Drupal', kind: 'cms' }],
  [/^Joomla!?(?:\s*(\d[\w.-]*))?/i, { product: 'joomla', name: 'Joomla!', kind: 'cms' }],
  [/^TYPO3(?: CMS)?\s*(\d[\w.-]*)?/i, { product: 'typo3', name: 'TYPO3', kind: 'cms' }],
  [/^Umbraco\s*(\d[\w.-]*)?/i, { product: 'umbraco', name: 'Umbraco', kind: 'cms' }],
  [/^Magento\s*(\d[\w.-]*)?/i, { product: 'magento', name: 'Magento', kind: 'cms' }],
  [/^Moodle\s*(\d[\w.-]*)?/i, { product: 'moodle', name: 'Moodle', kind: 'cms' }],
]

export function fromGenerator(
  source: SoftwareEvidence['source'],
  name: string,
  value: string
): SoftwareProduct[] {
  const text = value.trim().slice(0, 200)
  for (const [re, known] of GENERATORS) {
    const m = re.exec(text)
    if (!m) continue
    const version = m[1] && isPlausibleVersion(m[1]) ? m[1] : undefined
    return [
      {
        ...known,
        ...(version ? { version } : {}),
        confidence: version ? 'high' : 'medium',
        evidence: [{ source, name, value: text }],
      },
    ]
  }
  return []
}

const PATHS: [RegExp, Known][] = [
  [/\/wp-(content|includes)\//, { product: 'wordpress', name: 'WordPress', kind: 'cms' }],
  [
    /\/sites\/(default|all)\/(files|modules|themes)\/|\/core\/misc\/drupal\.js/,
    { product: 'drupal', name: 'Drupal', kind: 'cms' },
  ],
  [/\/media\/(system|jui)\/js\//, { product: 'joomla', name: 'Joomla!', kind: 'cms' }],
  [/\/typo3(conf|temp)\//, { product: 'typo3', name: 'TYPO3', kind: 'cms' }],
]

/**
 * WordPress core assets carry the WordPress version as ?ver= (not bundled libraries such as
 * jQuery, whose ?ver= is their own version): a low-confidence hint when the generator is hidden.
 */
const WP_CORE_VER =
  /\/wp-includes\/(?:css\/dist\/block-library\/style|js\/wp-embed|js\/wp-emoji-release)(?:\.min)?\.(?:css|js)\?(?:[^#]*&)?ver=(\d[\w.-]*)/

export function fromAssetPath(path: string): SoftwareProduct[] {
  for (const [re, known] of PATHS) {
    if (!re.test(path)) continue
    const ver = known.product === 'wordpress' ? WP_CORE_VER.exec(path)?.[1] : undefined
    const version = ver && isPlausibleVersion(ver) ? ver : undefined
    return [
      {
        ...known,
        ...(version ? { version } : {}),
        confidence: 'low',
        evidence: [{ source: 'html', name: 'asset path', value: path.slice(0, 200) }],
      },
    ]
  }
  return []
}

const RANK = { high: 0, medium: 1, low: 2 }

/** One entry per product: the version from the strongest evidence, all evidence kept (capped). */
export function mergeProducts(found: readonly SoftwareProduct[]): SoftwareProduct[] {
  const byProduct = new Map<string, SoftwareProduct>()
  for (const p of [...found].sort((a, b) => RANK[a.confidence] - RANK[b.confidence])) {
    const seen = byProduct.get(p.product)
    if (!seen) {
      byProduct.set(p.product, { ...p, evidence: [...p.evidence] })
      continue
    }
    if (!seen.version && p.version) seen.version = p.version
    if (!seen.distro && p.distro) seen.distro = p.distro
    for (const e of p.evidence) {
      if (
        seen.evidence.length < 10 &&
        !seen.evidence.some((x) => x.name === e.name && x.value === e.value)
      )
        seen.evidence.push(e)
    }
  }
  return [...byProduct.values()]
}
