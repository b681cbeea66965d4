import { defineRule } from '../define-rule.ts'
import { allowsUnsafeInline, sourcesFor } from '../lib/csp.ts'
import { cspFixes, CSP_REFERENCES, pagePolicies, policyEvidence } from '../lib/csp-rules.ts'
import { notApplicable } from '../types.ts'

/** Inline scripts are allowed only if every enforced policy allows them. */
export const cspUnsafeInline = defineRule({
  meta: {
    id: 'csp-unsafe-inline',
    category: 'headers',
    title: 'The Content Security Policy blocks inline scripts',
    failureTitle: "The Content Security Policy allows inline scripts ('unsafe-inline')",
    description:
      "'unsafe-inline' in script-src lets any <script> in the page run, which is exactly what a cross-site scripting attack injects. With it, the policy gives almost no protection against XSS.",
    remediation:
      "Move inline scripts into files, or give each inline script a nonce ('nonce-…') or hash ('sha256-…'); then remove 'unsafe-inline' from script-src (and default-src).",
    fixes: cspFixes(
      "default-src 'self'; script-src 'self' 'nonce-{RANDOM_PER_RESPONSE}'; object-src 'none'; base-uri 'self'"
    ),
    defaultSeverity: 'medium',
    requiredArtifacts: ['MainResponse'],
    messages: { unsafeInline: 'The policy allows inline scripts: script-src is "{{sources}}".' },
    references: [...CSP_REFERENCES, 'https://web.dev/articles/strict-csp'],
  },
  check(a) {
    const { enforced } = pagePolicies(a)
    if (enforced.length === 0) return notApplicable('No enforced Content Security Policy.')
    const lists = enforced.map((p) => sourcesFor(p, 'script-src') ?? sourcesFor(p, 'default-src'))
    const restricting = lists.filter((l): l is string[] => l !== undefined)
    if (restricting.length === 0 || !restricting.every(allowsUnsafeInline)) return []
    return [
      {
        messageId: 'unsafeInline',
        data: { sources: (restricting[0] ?? []).join(' ') },
        evidence: policyEvidence(enforced),
      },
    ]
  },
})
