import type { TlsProtocolName } from '../../scanner/artifacts.ts'
import { defineRule } from '../define-rule.ts'
import { PROTOCOL_AND_CIPHER_FIXES } from '../lib/cipher-suites-fixes.ts'
import { notApplicable } from '../types.ts'

const DEPRECATED: readonly TlsProtocolName[] = ['TLSv1', 'TLSv1.1']

/** TLS 1.0 and 1.1 are deprecated by RFC 8996; browsers refuse them since 2020. */
export const tlsProtocolDeprecated = defineRule({
  meta: {
    id: 'tls-protocol-deprecated',
    category: 'tls',
    title: 'The deprecated TLS 1.0 and TLS 1.1 protocols are off',
    failureTitle: 'The server still accepts TLS 1.0 or TLS 1.1',
    description:
      'TLS 1.0 and 1.1 were formally deprecated in 2021 (RFC 8996) and browsers no longer use them. They rely on weak hashing (SHA-1, MD5) and old CBC constructions, fail PCI DSS, and cap the SSL Labs grade at B.',
    remediation:
      'Allow only TLS 1.2 and TLS 1.3. Every browser and device still supported today speaks TLS 1.2.',
    fixes: PROTOCOL_AND_CIPHER_FIXES,
    defaultSeverity: 'medium',
    requiredArtifacts: ['TlsProtocols'],
    messages: { deprecated: 'The server accepts {{protocol}}, deprecated since 2021 (RFC 8996).' },
    references: ['https://www.rfc-editor.org/rfc/rfc8996', 'https://ssl-config.mozilla.org/'],
    checklist: ['WEB-01'],
  },
  check({ TlsProtocols: facts }) {
    const found = DEPRECATED.filter((p) => facts.protocols[p].supported === true)
    const untested = DEPRECATED.filter((p) => facts.protocols[p].supported === null)
    if (found.length === 0 && untested.length > 0)
      return notApplicable(`Could not test ${untested.join(', ')}.`)
    return found.map((protocol) => ({
      messageId: 'deprecated',
      data: { protocol: protocol === 'TLSv1' ? 'TLS 1.0' : 'TLS 1.1' },
      evidence: [{ label: protocol, value: facts.protocols[protocol].via ?? 'accepted' }],
      key: protocol,
    }))
  },
})
