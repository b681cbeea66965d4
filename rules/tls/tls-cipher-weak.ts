import { defineRule } from '../define-rule.ts'
import { isWeakSuite } from '../lib/cipher-suites.ts'
import { PROTOCOL_AND_CIPHER_FIXES } from '../lib/cipher-suites-fixes.ts'
import {
  acceptedSuites,
  incompleteProtocols,
  suiteEvidence,
  uniqueNames,
} from '../lib/cipher-suites-select.ts'
import { notApplicable } from '../types.ts'

/** 3DES, IDEA and other 64-bit-block or sub-128-bit suites (SWEET32). */
export const tlsCipherWeak = defineRule({
  meta: {
    id: 'tls-cipher-weak',
    category: 'tls',
    title: 'No weak cipher suites are accepted',
    failureTitle: 'The server accepts weak cipher suites',
    description:
      'Suites such as 3DES and IDEA use 64-bit blocks: after a few hundred gigabytes on one connection an attacker can recover data (SWEET32). Others use keys shorter than 128 bits. They only exist for devices that are long out of support.',
    remediation: 'Remove 3DES and other legacy suites; use the Mozilla "intermediate" cipher list.',
    fixes: PROTOCOL_AND_CIPHER_FIXES,
    defaultSeverity: 'medium',
    requiredArtifacts: ['TlsSuites'],
    messages: { weak: 'The server accepts {{count}} weak suite(s): {{names}}.' },
    references: ['https://sweet32.info/', 'https://www.rfc-editor.org/rfc/rfc9325'],
    checklist: ['WEB-01'],
  },
  check({ TlsSuites: facts }) {
    const weak = acceptedSuites(facts).filter((a) => isWeakSuite(a.suite))
    if (weak.length === 0) {
      const partial = incompleteProtocols(facts)
      return partial.length > 0
        ? notApplicable(`Suite enumeration incomplete for ${partial.join(', ')}.`)
        : []
    }
    const names = uniqueNames(weak)
    return [
      {
        messageId: 'weak',
        data: { count: names.length, names: names.join(', ') },
        evidence: suiteEvidence(weak),
        key: 'weak-suites',
      },
    ]
  },
})
