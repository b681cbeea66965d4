import { describe, expect, it } from 'vitest'
import { parsePage } from '../../scanner/collectors/scripts/html.ts'
import {
  fromAssetPath,
  fromGenerator,
  fromProductHeader,
  mergeProducts,
} from '../../scanner/collectors/scripts/software-signals.ts'

const brief = (list: ReturnType<typeof fromProductHeader>) =>
  list.map((p) => `${p.product}@${p.version ?? '-'}${p.distro ? `(${p.distro})` : ''}`)

describe('server header fingerprints', () => {
  it.each([
    ['nginx/1.18.0 (Ubuntu)', ['nginx@1.18.0(Ubuntu)']],
    [
      'Apache/2.4.41 (Ubuntu) OpenSSL/1.1.1f PHP/7.4.3',
      ['apache-http-server@2.4.41(Ubuntu)', 'openssl@1.1.1f(Ubuntu)', 'php@7.4.3(Ubuntu)'],
    ],
    ['Apache/2.4.38 (Debian)', ['apache-http-server@2.4.38(Debian)']],
    ['Microsoft-IIS/10.0', ['iis@10.0']],
    ['nginx', ['nginx@-']],
    ['cloudflare', ['cloudflare@-']],
    ['PHP/7.4.3-4ubuntu2.19', ['php@7.4.3(Ubuntu)']],
    ['PHP/8.2.7-1~deb12u1', ['php@8.2.7(Debian)']],
    ['Servlet/3.1 JSP/2.3 (Apache Tomcat/9.0.1 Java/Oracle Corporation/1.8.0)', ['tomcat@9.0.1']],
    ['Express', ['express@-']],
  ])('%s', (value, expected) => {
    expect(brief(fromProductHeader('server', value))).toEqual(expected)
  })
})

describe('CMS signals', () => {
  it('reads generator metas and X-Generator', () => {
    expect(brief(fromGenerator('meta', 'generator', 'WordPress 6.4.2'))).toEqual([
      'wordpress@6.4.2',
    ])
    expect(
      brief(fromGenerator('header', 'x-generator', 'Drupal 10 (https://www.drupal.org)'))
    ).toEqual(['drupal@10'])
    expect(
      brief(fromGenerator('meta', 'generator', 'Joomla! - Open Source Content Management'))
    ).toEqual(['joomla@-'])
    expect(brief(fromGenerator('meta', 'generator', 'TYPO3 CMS'))).toEqual(['typo3@-'])
    expect(fromGenerator('meta', 'generator', 'Hugo 0.120')).toEqual([])
  })

  it('merges a versioned meta with path hints, keeping all evidence', () => {
    const merged = mergeProducts([
      ...fromAssetPath('/wp-content/themes/x/style.css'),
      ...fromGenerator('meta', 'generator', 'WordPress 5.8.3'),
    ])
    expect(merged).toHaveLength(1)
    expect(merged[0]).toMatchObject({ product: 'wordpress', version: '5.8.3', confidence: 'high' })
    expect(merged[0]!.evidence).toHaveLength(2)
  })

  it('parses script srcs and metas with caps', () => {
    const html = `<meta name="Generator" content="WordPress 6.4.2">${'<script src="/a.js"></script>'.repeat(250)}<link rel="https://api.w.org/" href="/wp-json/">`
    const facts = parsePage(html)
    expect(facts.scriptSrcs).toHaveLength(200)
    expect(facts.scriptsCapped).toBe(true)
    expect(facts.generators).toEqual(['WordPress 6.4.2'])
    expect(facts.links).toEqual([{ rel: 'https://api.w.org/', href: '/wp-json/' }])
    expect(
      parsePage('<script>var a = "</b>";</script><script src="/x.js"> </script>').inlineScripts
    ).toEqual(['var a = "</b>";'])
  })

  it('parses a page once for both collectors, and a different page afresh', () => {
    const page = '<script src="/one.js"></script>'
    const first = parsePage(page)
    expect(parsePage(page)).toBe(first)
    expect(parsePage('<script src="/two.js"></script>').scriptSrcs).toEqual(['/two.js'])
    expect(parsePage(page).scriptSrcs).toEqual(['/one.js'])
  })
})

describe('WordPress version hints from core asset URLs', () => {
  it('takes ?ver= from core assets only, as a low-confidence version', () => {
    const core = fromAssetPath('/wp-includes/css/dist/block-library/style.min.css?ver=6.4.2')
    expect(core).toMatchObject([{ product: 'wordpress', version: '6.4.2', confidence: 'low' }])
    expect(
      fromAssetPath('/wp-includes/js/jquery/jquery.min.js?ver=3.7.1')[0]!.version
    ).toBeUndefined()
    const merged = mergeProducts([
      ...core,
      ...fromGenerator('meta', 'generator', 'WordPress 6.9.1'),
    ])
    expect(merged[0]).toMatchObject({ version: '6.9.1', confidence: 'high' })
  })
})
