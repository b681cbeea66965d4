import { defineRule } from '../define-rule.ts'
import { isRedirect } from '../lib/headers.ts'
import { notApplicable } from '../types.ts'

/** Plain-HTTP visitors must be sent to HTTPS, on the same host, before anything else happens. */
export const httpsRedirectMissing = defineRule({
  meta: {
    id: 'https-redirect-missing',
    category: 'transport',
    title: 'Visitors who type http:// are moved to the secure site',
    failureTitle: 'Visitors who type http:// stay on the insecure site',
    description:
      'People often type your address without "https". If the plain-HTTP site does not send them to the secure one, their visit, forms and passwords travel unencrypted and can be read or changed on shared Wi-Fi.',
    remediation:
      'Make the plain-HTTP site answer every request with a permanent redirect (301) to the same address on https://.',
    fixes: [
      {
        platform: 'nginx',
        snippet:
          'server {\n  listen 80;\n  server_name example.com;\n  return 301 https://$host$request_uri;\n}',
      },
      {
        platform: 'Apache',
        snippet:
          '<VirtualHost *:80>\n  ServerName example.com\n  Redirect permanent / https://example.com/\n</VirtualHost>',
      },
      {
        platform: 'IIS',
        snippet:
          'Install URL Rewrite, then add a rule: match "(.*)", condition {HTTPS} = off, action Redirect to https://{HTTP_HOST}/{R:1} (Permanent).',
      },
      {
        platform: 'Hosting panel (cPanel, Plesk)',
        snippet:
          'cPanel: Domains → "Force HTTPS Redirect" on. Plesk: Hosting Settings → "Permanent SEO-safe 301 redirect from HTTP to HTTPS".',
      },
    ],
    defaultSeverity: 'high',
    requiredArtifacts: ['RedirectChain'],
    messages: {
      noRedirect:
        'The plain-HTTP site http://{{host}} answered with status {{status}} instead of redirecting to HTTPS.',
      notToHttps: 'The plain-HTTP address ends at {{finalUrl}}, which is not HTTPS.',
      stopped: 'The redirect chain from {{startUrl}} stopped ({{reason}}) before reaching HTTPS.',
    },
    references: [
      'https://developer.mozilla.org/en-US/docs/Web/Security/Practical_implementation_guides/TLS#http_redirections',
      'https://cheatsheetseries.owasp.org/cheatsheets/HTTP_Strict_Transport_Security_Cheat_Sheet.html',
    ],
    checklist: ['WEB-01'],
  },
  check({ RedirectChain: chain }, { target }) {
    const first = chain.hops[0]
    if (!first) return notApplicable('The plain-HTTP site did not answer.')
    if (chain.stoppedBecause) {
      return [
        {
          messageId: 'stopped',
          data: { startUrl: chain.startUrl, reason: chain.stopDetail ?? chain.stoppedBecause },
        },
      ]
    }
    if (!isRedirect(first.status)) {
      return [
        {
          messageId: 'noRedirect',
          data: { host: target.host, status: first.status },
          evidence: [{ label: 'Response', value: `${first.status} ${first.url}` }],
        },
      ]
    }
    if (!chain.finalUrl.startsWith('https://')) {
      const evidence = chain.hops.map((hop, i) => ({
        label: `Hop ${i + 1}`,
        value: `${hop.status} ${hop.url}`,
      }))
      return [{ messageId: 'notToHttps', data: { finalUrl: chain.finalUrl }, evidence }]
    }
    return []
  },
})
