import { defineRule } from '../define-rule.ts'
import { BROAD_SOURCES, hasNonceOrHash, sourcesFor, type CspPolicy } from '../lib/csp.ts'
import { cspFixes, CSP_REFERENCES, pagePolicies, policyEvidence } from '../lib/csp-rules.ts'
import { notApplicable } from '../types.ts'

/** script-src/object-src that allow any host, or a policy that does not restrict scripts at all. */
function broadIn(policy: CspPolicy, directive: string): string[] | undefined {
  const list = sourcesFor(policy, directive)
  if (list === undefined) return ['(no restriction)']
  if (directive === 'script-src' && list.includes("'strict-dynamic'") && hasNonceOrHash(list))
    return []
  return list.filter((s) => BROAD_SOURCES.has(s))
}

export const cspBroadSources = defineRule({
  meta: {
    id: 'csp-broad-sources',
    category: 'headers',
    title: 'The Content Security Policy limits where scripts come from',
    failureTitle: 'The Content Security Policy lets scripts load from anywhere',
    description:
      'Sources such as *, https: or data: in script-src (or no script-src and no default-src at all) allow scripts from any site, so an attacker who can inject a tag can load their own code despite the policy.',
    remediation:
      "List the exact hosts you load scripts from ('self' https://cdn.example.com), set object-src 'none', or use nonces with 'strict-dynamic'.",
    fixes: cspFixes(),
    defaultSeverity: 'medium',
    requiredArtifacts: ['MainResponse'],
    messages: { broad: 'The policy lets {{directive}} load from anywhere: {{sources}}.' },
    references: CSP_REFERENCES,
  },
  check(a) {
    const { enforced } = pagePolicies(a)
    if (enforced.length === 0) return notApplicable('No enforced Content Security Policy.')
    const problems = []
    for (const directive of ['script-src', 'object-src']) {
      // Every policy applies: the resource is allowed only if each policy allows it.
      const perPolicy = enforced.map((p) => broadIn(p, directive) ?? [])
      if (perPolicy.every((b) => b.length > 0)) {
        problems.push({
          messageId: 'broad' as const,
          data: { directive, sources: (perPolicy[0] ?? []).join(' ') },
          evidence: policyEvidence(enforced),
          key: directive,
        })
      }
    }
    return problems
  },
})
