import { defineRule } from '../define-rule.ts'
import { certificateEvidence } from '../lib/certificate.ts'
import { CERTIFICATE_FIXES } from '../lib/cipher-suites-fixes.ts'
import { notApplicable } from '../types.ts'

// Names, or the OIDs when Node gives only those (sha1/md5 RSA, ecdsa-with-SHA1, dsa-with-SHA1).
const WEAK =
  /md5|md2|sha1(?!\d)|sha-1|^1\.2\.840\.113549\.1\.1\.[2-5]$|^1\.2\.840\.10045\.4\.1$|^1\.2\.840\.10040\.4\.3$/i

/** MD5 or SHA-1 signatures can be forged (chosen-prefix collisions); browsers reject them. */
export const certificateSignatureWeak = defineRule({
  meta: {
    id: 'certificate-signature-weak',
    category: 'tls',
    title: 'Certificates are signed with a strong hash',
    failureTitle: 'A certificate is signed with a weak hash (SHA-1 or MD5)',
    description:
      'SHA-1 and MD5 signatures can be forged with chosen-prefix collisions, letting an attacker make a certificate that looks issued by the same authority. Browsers reject SHA-1 certificates since 2017.',
    remediation:
      'Reissue the certificate with a SHA-256 signature (any current CA does this by default).',
    fixes: CERTIFICATE_FIXES,
    defaultSeverity: 'high',
    requiredArtifacts: ['TlsHandshake'],
    messages: { weak: 'The certificate "{{subject}}" is signed with {{algorithm}}.' },
    references: ['https://shattered.io/', 'https://www.rfc-editor.org/rfc/rfc9155'],
    checklist: ['WEB-01'],
  },
  check({ TlsHandshake: handshake }) {
    if (handshake.chain.length === 0) return notApplicable('The server sent no certificate.')
    // A root's own signature is never checked (it is trusted by presence), so roots are exempt.
    return handshake.chain
      .filter((cert) => !(cert.selfSigned && cert.isCa && cert !== handshake.chain[0]))
      .filter((cert) => WEAK.test(cert.signatureAlgorithm))
      .map((cert) => ({
        messageId: 'weak' as const,
        data: { subject: cert.commonName ?? cert.subject, algorithm: cert.signatureAlgorithm },
        severity: /md5|md2|^1\.2\.840\.113549\.1\.1\.[24]$/i.test(cert.signatureAlgorithm)
          ? ('critical' as const)
          : ('high' as const),
        evidence: certificateEvidence(cert),
        key: cert.fingerprint256,
      }))
  },
})
