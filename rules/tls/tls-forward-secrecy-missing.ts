import { defineRule } from '../define-rule.ts'
import { PROTOCOL_AND_CIPHER_FIXES } from '../lib/cipher-suites-fixes.ts'
import {
  acceptedSuites,
  negotiatedSuite,
  suiteEvidence,
  uniqueNames,
} from '../lib/cipher-suites-select.ts'
import { notApplicable } from '../types.ts'

/**
 * Without (EC)DHE, one stolen private key decrypts every recorded session. SSL Labs caps at B when a
 * modern client negotiates such a suite; merely accepting some is reported at low severity.
 */
export const tlsForwardSecrecyMissing = defineRule({
  meta: {
    id: 'tls-forward-secrecy-missing',
    category: 'tls',
    title: 'Connections use forward secrecy',
    failureTitle: 'Some connections lack forward secrecy',
    description:
      'With forward secrecy (ECDHE or DHE key exchange), each connection has its own throw-away key. Without it, anyone who records traffic today and obtains the server’s private key later (a breach, a seized backup) can decrypt all of it.',
    remediation:
      'Offer only ECDHE (and TLS 1.3) key exchange; remove the "TLS_RSA_WITH_*" suites. The Mozilla "intermediate" list does this.',
    fixes: PROTOCOL_AND_CIPHER_FIXES,
    defaultSeverity: 'medium',
    requiredArtifacts: ['TlsSuites'],
    messages: {
      negotiated: 'A modern client negotiates {{suite}}, which has no forward secrecy.',
      supported: 'The server also accepts {{count}} suite(s) without forward secrecy: {{names}}.',
    },
    references: ['https://www.rfc-editor.org/rfc/rfc9325#section-4.1'],
    checklist: ['WEB-01'],
  },
  check({ TlsSuites: facts }) {
    const all = acceptedSuites(facts)
    if (all.length === 0) return notApplicable('No accepted suites were found.')
    const noFs = all.filter((a) => !a.suite.fs)
    const negotiated = negotiatedSuite(facts)
    if (negotiated && !negotiated.fs)
      return [
        {
          messageId: 'negotiated',
          data: { suite: negotiated.name },
          severity: 'high',
          evidence: suiteEvidence(noFs),
          key: 'negotiated',
        },
      ]
    if (noFs.length === 0) return []
    const names = uniqueNames(noFs)
    return [
      {
        messageId: 'supported',
        data: { count: names.length, names: names.join(', ') },
        severity: 'low',
        evidence: suiteEvidence(noFs),
        key: 'supported',
      },
    ]
  },
})
