import { defineRule } from '../define-rule.ts'
import { certificateEvidence, isoDate } from '../lib/certificate.ts'
import { CERTIFICATE_FIXES } from '../lib/cipher-suites-fixes.ts'
import { notApplicable } from '../types.ts'

/** A certificate whose notBefore is in the future is refused like an expired one. */
export const certificateNotYetValid = defineRule({
  meta: {
    id: 'certificate-not-yet-valid',
    category: 'tls',
    title: 'The certificate is already valid',
    failureTitle: 'The certificate is not valid yet',
    description:
      'The certificate’s start date is in the future, so browsers refuse it exactly as if it had expired and show visitors a security warning. Usually a wrong server clock or a certificate installed too early.',
    remediation:
      'Check the server clock (use NTP) and install a certificate that is valid now, or wait for the start date before switching.',
    fixes: CERTIFICATE_FIXES,
    defaultSeverity: 'critical',
    requiredArtifacts: ['TlsHandshake'],
    messages: { early: 'The certificate for {{subject}} is valid only from {{validFrom}}.' },
    references: ['https://www.rfc-editor.org/rfc/rfc5280#section-4.1.2.5'],
    checklist: ['WEB-01'],
  },
  check({ TlsHandshake: handshake }, { now }) {
    const leaf = handshake.chain[0]
    if (!leaf) return notApplicable('The server sent no certificate.')
    if (Date.parse(leaf.validFrom) <= now.getTime()) return []
    return [
      {
        messageId: 'early',
        data: { subject: leaf.commonName ?? leaf.subject, validFrom: isoDate(leaf.validFrom) },
        evidence: certificateEvidence(leaf),
        key: leaf.fingerprint256,
      },
    ]
  },
})
