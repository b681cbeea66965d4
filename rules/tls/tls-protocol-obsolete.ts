import type { TlsProtocolName } from '../../scanner/artifacts.ts'
import { defineRule } from '../define-rule.ts'
import { PROTOCOL_AND_CIPHER_FIXES } from '../lib/cipher-suites-fixes.ts'
import { notApplicable } from '../types.ts'

const OBSOLETE: readonly TlsProtocolName[] = ['SSLv2', 'SSLv3']

/** SSL 2.0 and 3.0 are broken (DROWN, POODLE); browsers removed them years ago. */
export const tlsProtocolObsolete = defineRule({
  meta: {
    id: 'tls-protocol-obsolete',
    category: 'tls',
    title: 'The obsolete SSL 2.0 and SSL 3.0 protocols are off',
    failureTitle: 'The server still accepts SSL 2.0 or SSL 3.0',
    description:
      'SSL 2.0 and 3.0 are broken: attacks such as DROWN and POODLE let someone on the network read or change traffic. No current browser uses them, so leaving them on only helps attackers.',
    remediation:
      'Turn off SSL 2.0 and SSL 3.0 and allow only TLS 1.2 and TLS 1.3 in the web server or hosting panel.',
    fixes: PROTOCOL_AND_CIPHER_FIXES,
    defaultSeverity: 'critical',
    requiredArtifacts: ['TlsProtocols'],
    messages: { obsolete: 'The server accepts {{protocol}}, which is broken and obsolete.' },
    references: [
      'https://www.rfc-editor.org/rfc/rfc6176',
      'https://www.rfc-editor.org/rfc/rfc7568',
      'https://drownattack.com/',
    ],
    checklist: ['WEB-01'],
  },
  check({ TlsProtocols: facts }) {
    const found = OBSOLETE.filter((p) => facts.protocols[p].supported === true)
    const untested = OBSOLETE.filter((p) => facts.protocols[p].supported === null)
    if (found.length === 0 && untested.length > 0)
      return notApplicable(`Could not test ${untested.join(', ')}.`)
    return found.map((protocol) => ({
      messageId: 'obsolete',
      data: { protocol },
      evidence: [{ label: protocol, value: facts.protocols[protocol].via ?? 'accepted' }],
      key: protocol,
    }))
  },
})
