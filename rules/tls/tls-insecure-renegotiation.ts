import { defineRule } from '../define-rule.ts'
import { RENEGOTIATION_FIXES } from '../lib/cipher-suites-fixes.ts'
import { notApplicable } from '../types.ts'

/** No RFC 5746 renegotiation_info: the server is open to the 2009 renegotiation attack. */
export const tlsInsecureRenegotiation = defineRule({
  meta: {
    id: 'tls-insecure-renegotiation',
    category: 'tls',
    title: 'The server supports secure renegotiation',
    failureTitle: 'The server does not support secure renegotiation',
    description:
      'Servers without the secure renegotiation fix (RFC 5746, 2010) can let an attacker splice their own request in front of a visitor’s (CVE-2009-3555). It also shows that the TLS software has not been updated in over a decade.',
    remediation: 'Update the web server and its TLS library; every maintained version has the fix.',
    fixes: RENEGOTIATION_FIXES,
    defaultSeverity: 'high',
    requiredArtifacts: ['TlsDetails'],
    messages: {
      missing: 'The {{protocol}} ServerHello has no renegotiation_info extension (RFC 5746).',
    },
    references: [
      'https://www.rfc-editor.org/rfc/rfc5746',
      'https://nvd.nist.gov/vuln/detail/CVE-2009-3555',
    ],
    checklist: ['WEB-01'],
  },
  check({ TlsDetails: facts }) {
    if (facts.secureRenegotiation === null)
      return notApplicable(
        facts.untested[0] ?? 'Only TLS 1.3 is offered, which has no renegotiation.'
      )
    if (facts.secureRenegotiation) return []
    return [{ messageId: 'missing', data: { protocol: facts.probedWith ?? 'TLS' }, key: 'reneg' }]
  },
})
