/**
 * Software: server, runtime and CMS products the main response announces (Server, X-Powered-By,
 * X-AspNet-Version, X-Generator, generator meta, the WordPress REST link, well-known asset paths).
 * Passive only: exact-version probes (/readme.html, CHANGELOG.txt) are never requested.
 */
import type { SoftwareProduct } from '../artifacts.ts'
import { parsePage } from './scripts/html.ts'
import {
  fromAssetPath,
  fromGenerator,
  fromProductHeader,
  mergeProducts,
} from './scripts/software-signals.ts'
import type { Collector } from './types.ts'

const PRODUCT_HEADERS = ['server', 'x-powered-by', 'x-server', 'x-powered-cms']

export const softwareCollector: Collector<'Software'> = {
  name: 'Software',
  timeoutMs: 30_000,
  async collect(ctx) {
    const page = await ctx.get('MainResponse')
    const found: SoftwareProduct[] = []
    for (const [name, value] of page.headers.slice(0, 200)) {
      if (PRODUCT_HEADERS.includes(name)) found.push(...fromProductHeader(name, value))
      else if (name === 'x-generator') found.push(...fromGenerator('header', name, value))
      else if (name === 'x-aspnet-version' || name === 'x-aspnetmvc-version') {
        const version = /^\d[\d.]*$/.exec(value.trim())?.[0]
        const mvc = name === 'x-aspnetmvc-version'
        found.push({
          product: mvc ? 'aspnet-mvc' : 'aspnet',
          name: mvc ? 'ASP.NET MVC' : 'ASP.NET',
          kind: 'framework',
          ...(version ? { version } : {}),
          confidence: 'high',
          evidence: [{ source: 'header', name, value: value.slice(0, 200) }],
        })
      } else if (name === 'link' && /rel="?https:\/\/api\.w\.org\/"?/.test(value)) {
        found.push(wordpressHint('link', name, value))
      } else if (name === 'x-pingback' && /xmlrpc\.php/.test(value)) {
        found.push(wordpressHint('header', name, value))
      } else if (name === 'x-drupal-cache' || name === 'x-drupal-dynamic-cache') {
        found.push({
          product: 'drupal',
          name: 'Drupal',
          kind: 'cms',
          confidence: 'medium',
          evidence: [{ source: 'header', name, value: value.slice(0, 200) }],
        })
      }
    }
    if (/html/i.test(page.contentType ?? 'text/html') && page.body) {
      const facts = parsePage(page.body)
      for (const g of facts.generators) found.push(...fromGenerator('meta', 'generator', g))
      for (const link of facts.links) {
        if (link.rel === 'https://api.w.org/')
          found.push(wordpressHint('link', 'link rel', link.href))
      }
      for (const path of facts.assetPaths) found.push(...fromAssetPath(path))
    }
    return { products: mergeProducts(found) }
  },
}

function wordpressHint(source: 'link' | 'header', name: string, value: string): SoftwareProduct {
  return {
    product: 'wordpress',
    name: 'WordPress',
    kind: 'cms',
    confidence: 'medium',
    evidence: [{ source, name, value: value.slice(0, 200) }],
  }
}
