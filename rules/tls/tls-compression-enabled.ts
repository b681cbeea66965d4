import { defineRule } from '../define-rule.ts'
import { COMPRESSION_FIXES } from '../lib/cipher-suites-fixes.ts'
import { notApplicable } from '../types.ts'

/** TLS-level compression leaks secrets such as session cookies (CRIME); SSL Labs caps at C. */
export const tlsCompressionEnabled = defineRule({
  meta: {
    id: 'tls-compression-enabled',
    category: 'tls',
    title: 'TLS compression is off',
    failureTitle: 'TLS compression is on',
    description:
      'When TLS itself compresses data, an attacker who can make the browser send requests can guess secrets such as login cookies one character at a time (the CRIME attack, 2012). Browsers stopped offering it long ago, so switching it off costs nothing.',
    remediation: 'Turn off TLS compression or update the server (modern OpenSSL builds omit it).',
    fixes: COMPRESSION_FIXES,
    defaultSeverity: 'high',
    requiredArtifacts: ['TlsDetails'],
    messages: { enabled: 'The server chose DEFLATE compression in a {{protocol}} handshake.' },
    references: [
      'https://www.rfc-editor.org/rfc/rfc7457#section-2.6',
      'https://www.rfc-editor.org/rfc/rfc9325',
    ],
    checklist: ['WEB-01'],
  },
  check({ TlsDetails: facts }) {
    if (facts.compression === null)
      return notApplicable(
        facts.untested[0] ?? 'Only TLS 1.3 is offered, which has no compression.'
      )
    if (!facts.compression) return []
    return [{ messageId: 'enabled', data: { protocol: facts.probedWith ?? 'TLS' }, key: 'crime' }]
  },
})
