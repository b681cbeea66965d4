import { defineRule } from '../define-rule.ts'
import { PROTOCOL_AND_CIPHER_FIXES } from '../lib/cipher-suites-fixes.ts'
import { notApplicable } from '../types.ts'

/** Without TLS 1.2 or 1.3, current browsers cannot connect at all. */
export const tls12OrLaterMissing = defineRule({
  meta: {
    id: 'tls-1-2-or-later-missing',
    category: 'tls',
    title: 'The server offers TLS 1.2 or TLS 1.3',
    failureTitle: 'The server offers neither TLS 1.2 nor TLS 1.3',
    description:
      'Current browsers connect only with TLS 1.2 or 1.3. A server that offers neither cannot be reached securely by today’s visitors, and SSL Labs caps its grade at C.',
    remediation:
      'Update the web server and its TLS library (OpenSSL 1.0.1 or later, Windows Server 2012 or later) and enable TLS 1.2 and TLS 1.3.',
    fixes: PROTOCOL_AND_CIPHER_FIXES,
    defaultSeverity: 'high',
    requiredArtifacts: ['TlsProtocols'],
    messages: { missing: 'The best protocol the server accepts is {{best}}.' },
    references: [
      'https://www.rfc-editor.org/rfc/rfc8446',
      'https://www.rfc-editor.org/rfc/rfc9325',
    ],
    checklist: ['WEB-01'],
  },
  check({ TlsProtocols: facts }) {
    const modern = [facts.protocols['TLSv1.2'], facts.protocols['TLSv1.3']]
    if (modern.some((p) => p.supported === true)) return []
    if (modern.some((p) => p.supported === null))
      return notApplicable('TLS 1.2/1.3 support could not be tested.')
    const order = ['TLSv1.1', 'TLSv1', 'SSLv3', 'SSLv2'] as const
    const best = order.find((p) => facts.protocols[p].supported) ?? 'none'
    return [{ messageId: 'missing', data: { best }, key: 'tls12' }]
  },
})
