import { defineRule } from '../define-rule.ts'
import { PROTOCOL_AND_CIPHER_FIXES } from '../lib/cipher-suites-fixes.ts'
import { acceptedSuites, negotiatedSuite } from '../lib/cipher-suites-select.ts'
import { notApplicable } from '../types.ts'

/** AEAD suites (GCM, ChaCha20-Poly1305) avoid the CBC padding-oracle family; SSL Labs caps at B. */
export const tlsAeadMissing = defineRule({
  meta: {
    id: 'tls-aead-missing',
    category: 'tls',
    title: 'Connections use authenticated encryption (AEAD)',
    failureTitle: 'Connections do not use authenticated encryption (AEAD)',
    description:
      'Modern suites (AES-GCM, ChaCha20-Poly1305, all of TLS 1.3) encrypt and authenticate in one step. Older CBC suites have a long history of padding-oracle attacks (Lucky13, POODLE-TLS). If visitors end up on CBC, SSL Labs caps the grade at B.',
    remediation:
      'Enable TLS 1.2 AES-GCM and ChaCha20-Poly1305 suites (and TLS 1.3), and put them first or use the Mozilla "intermediate" list.',
    fixes: PROTOCOL_AND_CIPHER_FIXES,
    defaultSeverity: 'medium',
    requiredArtifacts: ['TlsSuites'],
    messages: {
      none: 'The server accepts no AEAD suite at all.',
      negotiated: 'A modern client negotiates {{suite}}, which is not AEAD.',
    },
    references: [
      'https://www.rfc-editor.org/rfc/rfc9325#section-4.2',
      'https://www.rfc-editor.org/rfc/rfc5116',
    ],
    checklist: ['WEB-01'],
  },
  check({ TlsSuites: facts }) {
    const all = acceptedSuites(facts)
    if (all.length === 0) return notApplicable('No accepted suites were found.')
    if (!all.some((a) => a.suite.aead)) return [{ messageId: 'none', key: 'none' }]
    const negotiated = negotiatedSuite(facts)
    if (negotiated && !negotiated.aead)
      return [{ messageId: 'negotiated', data: { suite: negotiated.name }, key: 'negotiated' }]
    return []
  },
})
