import { defineRule } from '../define-rule.ts'
import { certificateEvidence } from '../lib/certificate.ts'
import { CERTIFICATE_FIXES } from '../lib/cipher-suites-fixes.ts'
import { notApplicable } from '../types.ts'

/** No path to a trusted root even after fetching missing intermediates: browsers warn. */
export const certificateUntrusted = defineRule({
  meta: {
    id: 'certificate-untrusted',
    category: 'tls',
    title: 'The certificate is issued by a trusted authority',
    failureTitle: 'The certificate is not trusted',
    description:
      'Browsers trust a certificate only if it leads to a certificate authority they know. A self-signed certificate or one from an unknown authority makes every visitor see a security warning, and teaches them to click through warnings.',
    remediation:
      'Replace the certificate with one from a public certificate authority; Let’s Encrypt and most hosting panels issue them free.',
    fixes: [
      {
        platform: 'Let’s Encrypt (certbot)',
        snippet: 'sudo certbot --nginx -d example.com -d www.example.com   # or --apache',
      },
      ...CERTIFICATE_FIXES,
    ],
    defaultSeverity: 'critical',
    requiredArtifacts: ['TlsHandshake'],
    messages: {
      selfSigned: 'The certificate for {{subject}} is self-signed.',
      unknownIssuer: 'The certificate for {{subject}} does not lead to a trusted root ({{why}}).',
    },
    references: ['https://www.rfc-editor.org/rfc/rfc5280#section-6', 'https://letsencrypt.org/'],
    checklist: ['WEB-01'],
  },
  check({ TlsHandshake: handshake }) {
    const leaf = handshake.chain[0]
    if (!leaf) return notApplicable('The server sent no certificate.')
    const { trust } = handshake
    if (trust.chainVerified || trust.missingIntermediate) return []
    const subject = leaf.commonName ?? leaf.subject
    const why = trust.aia?.error
      ? `issuer fetch failed: ${trust.aia.error}`
      : (trust.opensslError ?? 'issuer unknown')
    return [
      {
        messageId: leaf.selfSigned ? 'selfSigned' : 'unknownIssuer',
        data: { subject, why },
        evidence: [
          ...certificateEvidence(leaf),
          ...(trust.opensslError ? [{ label: 'OpenSSL', value: trust.opensslError }] : []),
        ],
        key: leaf.fingerprint256,
      },
    ]
  },
})
