import { defineRule } from '../define-rule.ts'
import { certificateEvidence, daysUntilExpiry, isoDate } from '../lib/certificate.ts'
import { CERTIFICATE_FIXES } from '../lib/cipher-suites-fixes.ts'
import { notApplicable } from '../types.ts'

const WARN_DAYS = 30
const URGENT_DAYS = 7

/** Renewal should happen well before expiry; within 30 days something is probably wrong. */
export const certificateExpiringSoon = defineRule({
  meta: {
    id: 'certificate-expiring-soon',
    category: 'tls',
    title: 'The certificate is not about to expire',
    failureTitle: 'The certificate expires soon',
    description:
      'When the certificate expires, every visitor gets a full-page security warning. Automated renewal (Let’s Encrypt and most hosts) renews 30 days ahead, so a certificate this close to expiry usually means renewal is failing.',
    remediation:
      'Renew the certificate now and check that automatic renewal works (and that the web server reloads the new certificate).',
    fixes: [
      {
        platform: 'Let’s Encrypt (certbot)',
        snippet: 'sudo certbot renew --dry-run\nsudo certbot renew && sudo systemctl reload nginx',
      },
      ...CERTIFICATE_FIXES,
    ],
    defaultSeverity: 'medium',
    requiredArtifacts: ['TlsHandshake'],
    messages: {
      soon: 'The certificate for {{subject}} expires on {{validTo}} ({{days}} days left).',
    },
    references: ['https://letsencrypt.org/docs/integration-guide/#when-to-renew'],
    checklist: ['WEB-01'],
  },
  check({ TlsHandshake: handshake }, { now }) {
    const leaf = handshake.chain[0]
    if (!leaf) return notApplicable('The server sent no certificate.')
    if (Date.parse(leaf.validTo) < now.getTime()) return notApplicable('Already expired.')
    const days = daysUntilExpiry(leaf, now)
    if (days > WARN_DAYS) return []
    return [
      {
        messageId: 'soon',
        data: { subject: leaf.commonName ?? leaf.subject, validTo: isoDate(leaf.validTo), days },
        severity: days <= URGENT_DAYS ? 'high' : 'medium',
        evidence: certificateEvidence(leaf),
        key: leaf.fingerprint256,
      },
    ]
  },
})
