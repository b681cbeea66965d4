import { defineRule } from '../define-rule.ts'
import { notApplicable } from '../types.ts'

/** TLS 1.3 is faster and drops every legacy option; SSL Labs 2009r withholds A+ without it. */
export const tls13Missing = defineRule({
  meta: {
    id: 'tls-1-3-missing',
    category: 'tls',
    title: 'The server offers TLS 1.3',
    failureTitle: 'The server does not offer TLS 1.3',
    description:
      'TLS 1.3 connects faster (one round trip less) and removes every weak option older versions allowed. Browsers use it whenever the server offers it; without it SSL Labs gives at most A-.',
    remediation:
      'Enable TLS 1.3 next to TLS 1.2. It needs OpenSSL 1.1.1 or later (nginx 1.13+, Apache 2.4.37+) or Windows Server 2022 / IIS 10.',
    fixes: [
      { platform: 'nginx', snippet: 'ssl_protocols TLSv1.2 TLSv1.3;' },
      { platform: 'Apache', snippet: 'SSLProtocol -all +TLSv1.2 +TLSv1.3' },
      {
        platform: 'IIS',
        snippet:
          'Windows Server 2022 or later: TLS 1.3 is on by default; check HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.3\\Server (Enabled=1).',
      },
      {
        platform: 'Hosting panel (cPanel, Plesk, CDN)',
        snippet:
          'Plesk: Tools & Settings → SSL/TLS Settings → TLS 1.3. cPanel: add TLSv1.3 to SSL/TLS Protocols. Cloudflare: SSL/TLS → Edge Certificates → TLS 1.3 on.',
      },
    ],
    defaultSeverity: 'low',
    requiredArtifacts: ['TlsProtocols'],
    messages: { missing: 'TLS 1.3 is not offered.' },
    references: ['https://www.rfc-editor.org/rfc/rfc8446', 'https://ssl-config.mozilla.org/'],
    checklist: ['WEB-01'],
  },
  check({ TlsProtocols: facts }) {
    const p = facts.protocols['TLSv1.3']
    if (p.supported === null) return notApplicable(`TLS 1.3 could not be tested: ${p.detail ?? ''}`)
    return p.supported ? [] : [{ messageId: 'missing', key: 'tls13' }]
  },
})
