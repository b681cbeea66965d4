import { defineRule } from '../define-rule.ts'
import { isInsecureSuite } from '../lib/cipher-suites.ts'
import { PROTOCOL_AND_CIPHER_FIXES } from '../lib/cipher-suites-fixes.ts'
import {
  acceptedSuites,
  incompleteProtocols,
  suiteEvidence,
  uniqueNames,
} from '../lib/cipher-suites-select.ts'
import { notApplicable } from '../types.ts'

/** NULL, anonymous, EXPORT, DES and RC4 suites give no or breakable protection. */
export const tlsCipherInsecure = defineRule({
  meta: {
    id: 'tls-cipher-insecure',
    category: 'tls',
    title: 'No insecure cipher suites are accepted',
    failureTitle: 'The server accepts insecure cipher suites',
    description:
      'Some cipher suites give no real protection: NULL suites do not encrypt, anonymous suites do not check who the server is (anyone in the middle can impersonate it), and EXPORT, DES and RC4 suites can be broken. Accepting any of them lets an attacker on the network read or change traffic.',
    remediation:
      'Configure the server with the Mozilla "intermediate" cipher list, which contains only strong, authenticated suites.',
    fixes: PROTOCOL_AND_CIPHER_FIXES,
    defaultSeverity: 'high',
    requiredArtifacts: ['TlsSuites'],
    messages: {
      insecure: 'The server accepts {{count}} insecure suite(s): {{names}}.',
    },
    references: [
      'https://www.rfc-editor.org/rfc/rfc7465',
      'https://www.rfc-editor.org/rfc/rfc9325',
      'https://ciphersuite.info/',
    ],
    checklist: ['WEB-01'],
  },
  check({ TlsSuites: facts }) {
    const bad = acceptedSuites(facts).filter((a) => isInsecureSuite(a.suite))
    if (bad.length === 0) {
      const partial = incompleteProtocols(facts)
      return partial.length > 0
        ? notApplicable(`Suite enumeration incomplete for ${partial.join(', ')}.`)
        : []
    }
    const names = uniqueNames(bad)
    const anonOrNull = bad.some((a) => a.suite.anon || a.suite.bits === 0)
    return [
      {
        messageId: 'insecure',
        data: { count: names.length, names: names.join(', ') },
        severity: anonOrNull ? 'critical' : 'high',
        evidence: suiteEvidence(bad),
        key: 'insecure-suites',
      },
    ]
  },
})
