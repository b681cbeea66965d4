/**
 * A range site whose headers and page content carry script payloads, to prove the web front end
 * and reports render scanned content inertly. Every payload, if it ran, would open a dialog or
 * create an element the e2e test looks for (`img[src=x]`, `[data-pwned]`).
 */
import type { SiteSpec } from './index.ts'

export const SCRIPT_TAG = '<script>alert(1)</script>'
export const IMG_BREAKOUT = '"><img src=x onerror=alert(1)>'
export const JS_URL = 'javascript:alert(1)'
export const SVG_PAYLOAD = '<svg onload=alert(1) data-pwned=1>'

/** All payloads in one string, for places that take free text. */
export const ALL_PAYLOADS = `${SCRIPT_TAG} ${IMG_BREAKOUT} ${JS_URL} ${SVG_PAYLOAD}`

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;')

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${SCRIPT_TAG}${IMG_BREAKOUT}${JS_URL}</title>
<meta name="generator" content="WordPress 4.9.1 ${attr(IMG_BREAKOUT)}">
<script src="${JS_URL}"></script>
<script src="/js/jquery-1.8.3.min.js?v=${attr(IMG_BREAKOUT)}"></script>
<script src="/js/${encodeURIComponent(SCRIPT_TAG)}.js"></script>
</head>
<body>
<h1>${IMG_BREAKOUT}</h1>
<a href="${JS_URL}">click</a>
${SVG_PAYLOAD}
</body>
</html>
`

export function payloadSite(name = 'payload'): SiteSpec {
  return {
    name,
    tls: { cert: 'valid', minVersion: 'TLSv1.2', maxVersion: 'TLSv1.3' },
    headers: {
      server: `Apache/2.2.3 ${SCRIPT_TAG} ${IMG_BREAKOUT} ${JS_URL}`,
      'x-powered-by': `PHP/5.4.0 ${IMG_BREAKOUT}`,
      'x-generator': SVG_PAYLOAD,
    },
    routes: {
      '/': {
        body: PAGE,
        headers: {
          'set-cookie': [
            `${IMG_BREAKOUT.replace(/[\s"=;,]/g, '')}=1; Path=/`,
            `${JS_URL.replace(/[\s"=;,]/g, '')}=2; Path=/`,
            `session=${encodeURIComponent(SCRIPT_TAG)}; Path=/`,
          ],
        },
      },
      '/js/jquery-1.8.3.min.js': {
        body: '/*! jQuery v1.8.3 jquery.com | jquery.org/license */\nwindow.jQuery={fn:{jquery:"1.8.3"}};\n',
        contentType: 'text/javascript; charset=utf-8',
      },
    },
  }
}
