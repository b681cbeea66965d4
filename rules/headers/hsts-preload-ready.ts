import { defineRule } from '../define-rule.ts'
import { firstHeader } from '../lib/headers.ts'
import { headerFixes } from '../lib/fixes.ts'
import { ONE_YEAR, parseHsts } from '../lib/hsts.ts'
import { notApplicable } from '../types.ts'

/** Informational: what is still missing before the site could join the browsers' preload list. */
export const hstsPreloadReady = defineRule({
  meta: {
    id: 'hsts-preload-ready',
    category: 'headers',
    title: 'HSTS is ready for the browser preload list',
    failureTitle: 'HSTS is not yet ready for the browser preload list',
    description:
      'Browsers ship with a list of sites that are HTTPS-only from the very first visit. Joining it (hstspreload.org) closes the last SSL-stripping gap, but requires a long max-age, includeSubDomains and preload, and is hard to undo.',
    remediation:
      'Only when every sub-domain works over HTTPS: send "max-age=63072000; includeSubDomains; preload", then submit the domain at hstspreload.org.',
    fixes: headerFixes('Strict-Transport-Security', 'max-age=63072000; includeSubDomains; preload'),
    defaultSeverity: 'info',
    requiredArtifacts: ['MainResponse'],
    messages: {
      notReady: 'The HSTS header lacks what the preload list requires: {{missing}}.',
    },
    references: ['https://hstspreload.org/', 'https://www.rfc-editor.org/rfc/rfc6797'],
  },
  check({ MainResponse: page }) {
    const value = page.url.startsWith('https:')
      ? firstHeader(page, 'strict-transport-security')
      : undefined
    const policy = value === undefined ? undefined : parseHsts(value)
    if (!value || !policy || policy.problem || policy.maxAge === undefined)
      return notApplicable('No valid HSTS header (see hsts-missing).')
    const missing = [
      ...(policy.maxAge < ONE_YEAR ? [`max-age of at least ${ONE_YEAR}`] : []),
      ...(policy.includeSubDomains ? [] : ['includeSubDomains']),
      ...(policy.preload ? [] : ['preload']),
    ]
    if (missing.length === 0) return []
    return [
      {
        messageId: 'notReady',
        data: { missing: missing.join(', ') },
        evidence: [{ label: 'Strict-Transport-Security', value }],
      },
    ]
  },
})
