/** Small builders for the web rule tests (headers, cookies, content, disclosure). */
import type { HtmlFacts, HttpExchange, WellKnownFacts } from '../../../scanner/artifacts.ts'
import { makeExchange } from '../../fixtures/artifacts.ts'

export function page(
  headers: Record<string, string | string[]> = {},
  extra: Partial<HttpExchange> = {}
): HttpExchange {
  const pairs: [string, string][] = [['content-type', 'text/html; charset=utf-8']]
  for (const [name, value] of Object.entries(headers)) {
    for (const v of Array.isArray(value) ? value : [value]) pairs.push([name.toLowerCase(), v])
  }
  return makeExchange({ headers: pairs, ...extra })
}

export function html(overrides: Partial<HtmlFacts> = {}): HtmlFacts {
  return {
    url: 'https://example.com/',
    meta: { httpEquiv: {}, referrer: [], generator: [] },
    scripts: [],
    scriptCount: 0,
    links: [],
    forms: [],
    insecureResources: [],
    elementCount: 10,
    maxDepthSeen: 4,
    limits: [],
    ...overrides,
  }
}

export function wellKnown(
  security: { status: number; body?: string; contentType?: string; url?: string },
  legacy?: { status: number; body?: string }
): WellKnownFacts {
  return {
    securityTxt: {
      url: security.url ?? 'https://example.com/.well-known/security.txt',
      status: security.status,
      contentType: security.contentType ?? 'text/plain; charset=utf-8',
      ...(security.body !== undefined ? { body: security.body } : {}),
    },
    ...(legacy
      ? {
          legacySecurityTxt: {
            url: 'https://example.com/security.txt',
            status: legacy.status,
            contentType: 'text/plain',
            ...(legacy.body !== undefined ? { body: legacy.body } : {}),
          },
        }
      : {}),
    robotsTxt: { url: 'https://example.com/robots.txt', status: 404 },
  }
}
