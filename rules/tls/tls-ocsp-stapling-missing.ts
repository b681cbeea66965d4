import { defineRule } from '../define-rule.ts'
import { OCSP_FIXES } from '../lib/cipher-suites-fixes.ts'
import { notApplicable } from '../types.ts'

/** Stapling saves visitors a round trip to the CA and keeps revocation checks private. */
export const tlsOcspStaplingMissing = defineRule({
  meta: {
    id: 'tls-ocsp-stapling-missing',
    category: 'tls',
    title: 'The server staples an OCSP response',
    failureTitle: 'The server does not staple an OCSP response',
    description:
      'With OCSP stapling the server hands visitors fresh proof that its certificate has not been revoked. Without it, browsers must ask the certificate authority themselves (slower, and it tells the CA who visits you) or skip the check.',
    remediation: 'Turn on OCSP stapling in the web server; it needs outbound HTTP to the CA.',
    fixes: OCSP_FIXES,
    defaultSeverity: 'low',
    requiredArtifacts: ['TlsHandshake'],
    messages: { missing: 'No OCSP response was stapled to the handshake.' },
    references: [
      'https://www.rfc-editor.org/rfc/rfc6066#section-8',
      'https://www.rfc-editor.org/rfc/rfc6961',
    ],
    checklist: ['WEB-01'],
  },
  check({ TlsHandshake: handshake }) {
    const leaf = handshake.chain[0]
    if (!leaf) return notApplicable('The server sent no certificate.')
    if (leaf.selfSigned) return notApplicable('A self-signed certificate has no OCSP responder.')
    return handshake.ocspStapled ? [] : [{ messageId: 'missing', key: 'ocsp' }]
  },
})
