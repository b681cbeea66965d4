import { defineRule } from '../define-rule.ts'
import { certificateEvidence } from '../lib/certificate.ts'
import { CERTIFICATE_FIXES } from '../lib/cipher-suites-fixes.ts'
import { notApplicable } from '../types.ts'

/** The server leaves out an intermediate certificate: some clients fail, SSL Labs caps at B. */
export const certificateChainIncomplete = defineRule({
  meta: {
    id: 'certificate-chain-incomplete',
    category: 'tls',
    title: 'The server sends the complete certificate chain',
    failureTitle: 'The server does not send the complete certificate chain',
    description:
      'Besides its own certificate, a server must send the intermediate certificate(s) linking it to a trusted authority. Desktop browsers often paper over a missing one, but many phones, apps, payment gateways and API clients then refuse the connection.',
    remediation:
      'Install the "full chain" file from your certificate authority (your certificate followed by the intermediates), not the certificate alone.',
    fixes: CERTIFICATE_FIXES,
    defaultSeverity: 'medium',
    requiredArtifacts: ['TlsHandshake'],
    messages: {
      completed:
        'The chain verifies only after fetching the missing intermediate ({{source}}); the server does not send it.',
      missing: 'The issuer of "{{subject}}" is not sent by the server and could not be found.',
    },
    references: [
      'https://www.rfc-editor.org/rfc/rfc8446#section-4.4.2',
      'https://whatsmychaincert.com/',
    ],
    checklist: ['WEB-01'],
  },
  check({ TlsHandshake: handshake }) {
    const leaf = handshake.chain[0]
    if (!leaf) return notApplicable('The server sent no certificate.')
    const { trust } = handshake
    const last = handshake.chain.at(-1) ?? leaf
    if (trust.chainVerified) return []
    if (trust.missingIntermediate)
      return [
        {
          messageId: 'completed',
          data: { source: trust.aia?.fetched ? trust.aia.url : 'trust store' },
          evidence: certificateEvidence(last),
          key: last.fingerprint256,
        },
      ]
    if (trust.issuerMissing && !last.selfSigned)
      return [
        {
          messageId: 'missing',
          data: { subject: last.commonName ?? last.subject },
          severity: 'high',
          evidence: certificateEvidence(last),
          key: last.fingerprint256,
        },
      ]
    return []
  },
})
