import { defineRule } from '../define-rule.ts'
import { certificateEvidence } from '../lib/certificate.ts'
import { certificateMatchesHost } from '../lib/hostname.ts'
import { notApplicable } from '../types.ts'

/** The certificate must name the site the visitor asked for, or browsers refuse it. */
export const certificateNameMismatch = defineRule({
  meta: {
    id: 'certificate-name-mismatch',
    category: 'tls',
    title: 'The certificate is issued for this site name',
    failureTitle: 'The certificate is issued for a different site name',
    description:
      'A certificate only vouches for the names written in it. If your address is not among them, browsers show a security warning and visitors cannot tell whether they reached you or an impostor.',
    remediation:
      'Get a certificate that lists every name visitors use (for example both example.com and www.example.com), or redirect the extra names to one that is covered.',
    fixes: [
      {
        platform: 'Let’s Encrypt (certbot)',
        snippet: 'sudo certbot --expand -d example.com -d www.example.com',
      },
      {
        platform: 'nginx',
        snippet:
          'server {\n  listen 443 ssl;\n  server_name example.com www.example.com;\n  ssl_certificate /etc/ssl/example.com/fullchain.pem;\n}',
      },
      {
        platform: 'Apache',
        snippet:
          '<VirtualHost *:443>\n  ServerName example.com\n  ServerAlias www.example.com\n  SSLCertificateFile /etc/ssl/example.com/fullchain.pem\n</VirtualHost>',
      },
      {
        platform: 'IIS',
        snippet:
          'Sites → your site → Bindings → https → set "Host name" and tick "Require Server Name Indication"; choose the certificate that lists this name.',
      },
      {
        platform: 'Hosting panel (cPanel, Plesk)',
        snippet:
          'Add the missing name as an alias/sub-domain, then re-run AutoSSL (cPanel) or reissue the Let’s Encrypt certificate including it (Plesk).',
      },
    ],
    defaultSeverity: 'critical',
    requiredArtifacts: ['TlsHandshake'],
    messages: {
      mismatch: 'The certificate covers {{names}}, not {{host}}.',
    },
    references: [
      'https://www.rfc-editor.org/rfc/rfc6125',
      'https://www.rfc-editor.org/rfc/rfc9525',
    ],
    checklist: ['WEB-01'],
  },
  check({ TlsHandshake: handshake }, { target }) {
    const leaf = handshake.chain[0]
    if (!leaf) return notApplicable('The server sent no certificate.')
    // Judge the name the handshake was made for (the HTTPS host the redirect chain led to).
    const host = handshake.servername ?? handshake.host
    if (certificateMatchesHost(leaf, host, target.isIpLiteral && host === target.host)) return []
    const names = [...leaf.subjectAltNames.dns, ...leaf.subjectAltNames.ip]
    return [
      {
        messageId: 'mismatch',
        data: { names: names.join(', ') || (leaf.commonName ?? '(no names)'), host },
        evidence: certificateEvidence(leaf),
        key: host,
      },
    ]
  },
})
