import { defineRule } from '../define-rule.ts'
import { notApplicable } from '../types.ts'

/** The first redirect from http:// must go straight to https://, and never back to http://. */
export const httpsRedirectInsecureHop = defineRule({
  meta: {
    id: 'https-redirect-insecure-hop',
    category: 'transport',
    title: 'The move to HTTPS happens in one secure step',
    failureTitle: 'The move to HTTPS passes through another insecure page',
    description:
      'Each extra plain-HTTP stop in the redirect chain is another chance for an attacker on the network to send visitors somewhere else, and it stops HSTS from protecting the first visit.',
    remediation:
      'Make the plain-HTTP site redirect directly to the final https:// address on the same host (e.g. http://example.com → https://example.com), and never redirect from https:// back to http://.',
    fixes: [
      {
        platform: 'nginx',
        snippet:
          'server {\n  listen 80;\n  server_name example.com www.example.com;\n  return 301 https://$host$request_uri;\n}',
      },
      {
        platform: 'Apache',
        snippet:
          'RewriteEngine On\nRewriteCond %{HTTPS} off\nRewriteRule ^ https://%{HTTP_HOST}%{REQUEST_URI} [R=301,L]',
      },
      {
        platform: 'IIS',
        snippet:
          'URL Rewrite rule: match ".*", condition {HTTPS} off, action Redirect to https://{HTTP_HOST}{REQUEST_URI} (301).',
      },
      {
        platform: 'WordPress',
        snippet:
          'Settings → General: set both addresses to https://; remove old http:// redirect plugins that add a second hop.',
      },
    ],
    defaultSeverity: 'medium',
    requiredArtifacts: ['RedirectChain'],
    messages: {
      httpFirst: 'The first redirect goes from {{from}} to another plain-HTTP address, {{to}}.',
      downgrade: 'The chain goes back from {{from}} to plain HTTP at {{to}}.',
    },
    references: [
      'https://developer.mozilla.org/en-US/docs/Web/Security/Practical_implementation_guides/TLS#http_redirections',
      'https://hstspreload.org/#deployment-recommendations',
    ],
  },
  check({ RedirectChain: chain }) {
    const urls = chain.hops.map((h) => h.url)
    if (urls.length < 2 || !urls.some((u) => u.startsWith('https:')))
      return notApplicable('The plain-HTTP site does not redirect to HTTPS.')
    const evidence = chain.hops.map((h, i) => ({
      label: `Hop ${i + 1}`,
      value: `${h.status} ${h.url}`,
    }))
    const problems = []
    const [first, second] = urls
    if (first?.startsWith('http:') && second?.startsWith('http:'))
      problems.push({
        messageId: 'httpFirst' as const,
        data: { from: first, to: second },
        evidence,
        key: 'http-first',
      })
    for (let i = 1; i < urls.length; i++) {
      const prev = urls[i - 1] as string
      const cur = urls[i] as string
      if (prev.startsWith('https:') && cur.startsWith('http:')) {
        problems.push({
          messageId: 'downgrade' as const,
          data: { from: prev, to: cur },
          evidence,
          key: 'downgrade',
        })
        break
      }
    }
    return problems
  },
})
