import { defineRule } from '../define-rule.ts'
import { DH_FIXES } from '../lib/cipher-suites-fixes.ts'
import { acceptedSuites } from '../lib/cipher-suites-select.ts'
import { notApplicable } from '../types.ts'

/** DHE with a group under 2048 bits (Logjam); SSL Labs caps at B. */
export const tlsDhWeak = defineRule({
  meta: {
    id: 'tls-dh-weak',
    category: 'tls',
    title: 'Diffie-Hellman parameters are at least 2048 bits',
    failureTitle: 'The server uses weak Diffie-Hellman parameters',
    description:
      'DHE key exchange with a group smaller than 2048 bits can be broken by well-funded attackers (Logjam, 2015); 1024-bit groups are within reach of nation states and 512-bit ones of anyone. This removes the protection forward secrecy is meant to give.',
    remediation:
      'Prefer ECDHE and drop DHE suites, or configure a 2048-bit (or larger) standard group such as ffdhe2048.',
    fixes: DH_FIXES,
    defaultSeverity: 'medium',
    requiredArtifacts: ['TlsSuites'],
    messages: { weak: 'DHE key exchange uses a {{bits}}-bit group.' },
    references: ['https://weakdh.org/', 'https://www.rfc-editor.org/rfc/rfc7919'],
    checklist: ['WEB-01'],
  },
  check({ TlsSuites: facts }) {
    const dhe = acceptedSuites(facts).some((a) => a.suite.kx === 'DHE' || a.suite.kx === 'DH')
    if (!dhe) return notApplicable('No DHE suites are accepted.')
    if (facts.dhBits === undefined) return notApplicable('The DH group size could not be read.')
    if (facts.dhBits >= 2048) return []
    return [
      {
        messageId: 'weak',
        data: { bits: facts.dhBits },
        severity: facts.dhBits < 1024 ? 'high' : 'medium',
        evidence: [{ label: 'DH group', value: `${facts.dhBits} bits` }],
        key: 'dh',
      },
    ]
  },
})
