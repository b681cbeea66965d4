import { defineRule } from '../define-rule.ts'
import { certificateEvidence, daysUntilExpiry, isoDate } from '../lib/certificate.ts'
import { notApplicable } from '../types.ts'

/** An expired certificate makes every browser show a full-page warning. */
export const certificateExpired = defineRule({
  meta: {
    id: 'certificate-expired',
    category: 'tls',
    title: 'The certificate is within its validity period',
    failureTitle: 'The certificate has expired',
    description:
      'Browsers block visitors with a full-page security warning when a certificate has expired. Most people leave, and those who click through can no longer tell your site from an impostor.',
    remediation:
      'Renew the certificate now and install the new one (with its intermediate certificates). Turn on automatic renewal so it cannot lapse again.',
    fixes: [
      {
        platform: 'Let’s Encrypt (certbot)',
        snippet:
          'sudo certbot renew\nsudo systemctl reload nginx   # or apache2\n# automatic renewal: systemctl list-timers | grep certbot',
      },
      {
        platform: 'nginx',
        snippet:
          'ssl_certificate     /etc/ssl/example.com/fullchain.pem;\nssl_certificate_key /etc/ssl/example.com/privkey.pem;\n# then: sudo nginx -t && sudo systemctl reload nginx',
      },
      {
        platform: 'Apache',
        snippet:
          'SSLCertificateFile    /etc/ssl/example.com/fullchain.pem\nSSLCertificateKeyFile /etc/ssl/example.com/privkey.pem\n# then: sudo apachectl configtest && sudo systemctl reload apache2',
      },
      {
        platform: 'IIS',
        snippet:
          'IIS Manager → Server Certificates → Import the renewed .pfx → Sites → your site → Bindings → https → select the new certificate.',
      },
      {
        platform: 'Hosting panel (cPanel, Plesk)',
        snippet:
          'cPanel: SSL/TLS Status → "Run AutoSSL". Plesk: SSL/TLS Certificates → "Reissue" or enable "Keep websites secured".',
      },
    ],
    defaultSeverity: 'critical',
    requiredArtifacts: ['TlsHandshake'],
    messages: {
      expired: 'The certificate for {{subject}} expired on {{validTo}} ({{days}} days ago).',
    },
    references: ['https://www.rfc-editor.org/rfc/rfc5280#section-4.1.2.5'],
    checklist: ['WEB-01'],
  },
  check({ TlsHandshake: handshake }, { now }) {
    const leaf = handshake.chain[0]
    if (!leaf) return notApplicable('The server sent no certificate.')
    const days = daysUntilExpiry(leaf, now)
    if (Date.parse(leaf.validTo) >= now.getTime()) return []
    return [
      {
        messageId: 'expired',
        data: {
          subject: leaf.commonName ?? leaf.subject,
          validTo: isoDate(leaf.validTo),
          days: -days,
        },
        evidence: certificateEvidence(leaf),
        key: leaf.fingerprint256,
      },
    ]
  },
})
