import type { CertificateFacts } from '../../scanner/artifacts.ts'
import { defineRule } from '../define-rule.ts'
import { certificateEvidence } from '../lib/certificate.ts'
import { NEW_KEY_FIXES } from '../lib/cipher-suites-fixes.ts'
import { notApplicable } from '../types.ts'

/** Minimum key sizes (RFC 9325, CA/B Forum): RSA/DSA 2048 bits, EC 224 bits. */
export function keyWeakness(cert: CertificateFacts): string | undefined {
  const { type, bits } = cert.publicKey
  if ((type === 'rsa' || type === 'rsa-pss' || type === 'dsa') && bits < 2048)
    return `${type.toUpperCase()} ${bits} bits (minimum 2048)`
  if (type === 'ec' && bits > 0 && bits < 224) return `EC ${bits} bits (minimum 224)`
  return undefined
}

export const certificateKeyWeak = defineRule({
  meta: {
    id: 'certificate-key-weak',
    category: 'tls',
    title: 'Certificate keys are strong enough',
    failureTitle: 'A certificate uses a weak key',
    description:
      'A short key (RSA under 2048 bits) can be factored by a determined attacker, who could then impersonate the site or decrypt traffic. Public authorities stopped issuing such certificates in 2013, so a weak key usually means a self-made or very old certificate.',
    remediation:
      'Create a new key (ECDSA P-256, or RSA 2048 or larger) and get a new certificate for it.',
    fixes: NEW_KEY_FIXES,
    defaultSeverity: 'high',
    requiredArtifacts: ['TlsHandshake'],
    messages: { weak: 'The certificate "{{subject}}" has a weak key: {{why}}.' },
    references: [
      'https://www.rfc-editor.org/rfc/rfc9325#section-4.3',
      'https://cabforum.org/working-groups/server/baseline-requirements/',
    ],
    checklist: ['WEB-01'],
  },
  check({ TlsHandshake: handshake }) {
    if (handshake.chain.length === 0) return notApplicable('The server sent no certificate.')
    return handshake.chain.flatMap((cert) => {
      const why = keyWeakness(cert)
      if (!why) return []
      return [
        {
          messageId: 'weak',
          data: { subject: cert.commonName ?? cert.subject, why },
          severity: cert.publicKey.bits < 1024 ? ('critical' as const) : ('high' as const),
          evidence: certificateEvidence(cert),
          key: cert.fingerprint256,
        },
      ]
    })
  },
})
