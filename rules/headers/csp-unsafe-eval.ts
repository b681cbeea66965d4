import { defineRule } from '../define-rule.ts'
import { sourcesFor } from '../lib/csp.ts'
import { cspFixes, CSP_REFERENCES, pagePolicies, policyEvidence } from '../lib/csp-rules.ts'
import { notApplicable } from '../types.ts'

export const cspUnsafeEval = defineRule({
  meta: {
    id: 'csp-unsafe-eval',
    category: 'headers',
    title: 'The Content Security Policy blocks eval()',
    failureTitle: "The Content Security Policy allows eval() ('unsafe-eval')",
    description:
      "'unsafe-eval' lets scripts turn text into code (eval, new Function, string timers). Many XSS attacks and malicious third-party scripts rely on it.",
    remediation:
      "Remove 'unsafe-eval' from script-src. If a library needs it, update it or replace it; most modern frameworks work without eval.",
    fixes: cspFixes(),
    defaultSeverity: 'low',
    requiredArtifacts: ['MainResponse'],
    messages: { unsafeEval: 'The policy allows eval(): script-src is "{{sources}}".' },
    references: CSP_REFERENCES,
  },
  check(a) {
    const { enforced } = pagePolicies(a)
    if (enforced.length === 0) return notApplicable('No enforced Content Security Policy.')
    const lists = enforced
      .map((p) => sourcesFor(p, 'script-src'))
      .filter((l): l is string[] => l !== undefined)
    if (lists.length === 0 || !lists.every((l) => l.includes("'unsafe-eval'"))) return []
    return [
      {
        messageId: 'unsafeEval',
        data: { sources: (lists[0] ?? []).join(' ') },
        evidence: policyEvidence(enforced),
      },
    ]
  },
})
