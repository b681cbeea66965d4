import { defineRule } from '../define-rule.ts'
import { cspFixes, CSP_REFERENCES, pagePolicies, policyEvidence } from '../lib/csp-rules.ts'
import { notApplicable } from '../types.ts'

export const cspReportOnly = defineRule({
  meta: {
    id: 'csp-report-only',
    category: 'headers',
    title: 'The Content Security Policy is enforced',
    failureTitle: 'The Content Security Policy only reports, it does not protect',
    description:
      'Content-Security-Policy-Report-Only is a trial mode: the browser reports what the policy would block but blocks nothing. It is a good first step, but visitors are not protected until the policy is enforced.',
    remediation:
      'When the reports show nothing legitimate would break, send the same policy as Content-Security-Policy (you can keep the report-only header for a stricter next version).',
    fixes: cspFixes(),
    defaultSeverity: 'low',
    requiredArtifacts: ['MainResponse'],
    messages: {
      reportOnly: 'Only a report-only Content Security Policy is sent; nothing is blocked.',
    },
    references: CSP_REFERENCES,
  },
  check(a) {
    const { all, enforced } = pagePolicies(a)
    if (all.length === 0)
      return notApplicable('No Content Security Policy at all (see csp-missing).')
    if (enforced.length > 0) return []
    return [{ messageId: 'reportOnly', evidence: policyEvidence(all) }]
  },
})
