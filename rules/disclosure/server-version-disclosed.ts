import { defineRule } from '../define-rule.ts'
import { removeHeaderFixes } from '../lib/fixes.ts'
import { headerValues } from '../lib/headers.ts'
import { optionalHtml } from '../lib/web.ts'
import type { Problem } from '../types.ts'

/** Headers that name software; the Server header only counts when it carries a version number. */
const ALWAYS = [
  'x-powered-by',
  'x-aspnet-version',
  'x-aspnetmvc-version',
  'x-runtime-version',
  'x-generator',
]
const VERSION = /\d+\.\d+/

export const serverVersionDisclosed = defineRule({
  meta: {
    id: 'server-version-disclosed',
    category: 'disclosure',
    title: 'The site does not announce its software versions',
    failureTitle: 'The site announces its software versions',
    description:
      'Headers such as "Server: Apache/2.4.41" or "X-Powered-By: PHP/7.4.3" tell attackers exactly which known vulnerabilities to try. Hiding them does not fix old software, but it stops automated scans from picking your site out.',
    remediation:
      'Turn off version banners in the web server and application (ServerTokens Prod, server_tokens off, expose_php Off, remove X-Powered-By and X-AspNet-Version), and keep the software updated.',
    fixes: removeHeaderFixes(),
    defaultSeverity: 'low',
    requiredArtifacts: ['MainResponse'],
    messages: {
      header: 'The {{header}} header reveals "{{value}}".',
      generator: 'The page\'s generator tag reveals "{{value}}".',
    },
    references: [
      'https://owasp.org/www-project-web-security-testing-guide/latest/4-Web_Application_Security_Testing/01-Information_Gathering/02-Fingerprint_Web_Server',
      'https://httpd.apache.org/docs/current/mod/core.html#servertokens',
    ],
  },
  check(a) {
    const page = a.MainResponse
    const headers = [
      ...headerValues(page, 'server')
        .filter((v) => VERSION.test(v))
        .map((v) => ['server', v] as const),
      ...ALWAYS.flatMap((h) => headerValues(page, h).map((v) => [h, v] as const)),
    ]
    const found: Problem<'header' | 'generator'>[] = headers
      .slice(0, 10)
      .map(([header, value]) => ({
        messageId: 'header',
        data: { header, value: value.slice(0, 100) },
        key: header,
      }))
    const generator = (optionalHtml(a)?.meta.generator ?? []).find((g) => VERSION.test(g))
    if (generator)
      found.push({
        messageId: 'generator',
        data: { value: generator.slice(0, 100) },
        key: 'generator',
      })
    return found
  },
})
