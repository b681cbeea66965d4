import { defineRule } from '../define-rule.ts'
import { cspFixes, CSP_REFERENCES, pagePolicies } from '../lib/csp-rules.ts'
import { notApplicable } from '../types.ts'

export const cspMissing = defineRule({
  meta: {
    id: 'csp-missing',
    category: 'headers',
    title: 'The page has a Content Security Policy',
    failureTitle: 'The page has no Content Security Policy',
    description:
      'A Content Security Policy tells the browser which scripts may run. Without one, a single cross-site scripting flaw or a hacked third-party script can run anything in your visitors’ browsers: steal logins, change prices or add fake payment forms.',
    remediation:
      'Start with a Content-Security-Policy-Report-Only header listing the places your scripts really come from, fix the reports, then switch it to Content-Security-Policy.',
    fixes: cspFixes(),
    defaultSeverity: 'medium',
    requiredArtifacts: ['MainResponse'],
    messages: {
      missing: 'No Content-Security-Policy header or <meta http-equiv> policy on {{url}}.',
    },
    references: CSP_REFERENCES,
  },
  check(a) {
    const { all, enforced } = pagePolicies(a)
    if (enforced.length > 0) return []
    if (all.length > 0)
      return notApplicable('Only a report-only policy is sent (see csp-report-only).')
    return [{ messageId: 'missing', data: { url: a.MainResponse.url } }]
  },
})
