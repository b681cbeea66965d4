import { defineRule } from '../define-rule.ts'
import { COOKIE_REFERENCES, cookieEvidence, cookieFixes, pageCookies } from '../lib/cookie-rules.ts'
import { isSessionLike } from '../lib/set-cookie.ts'
import { notApplicable } from '../types.ts'

export const cookieHttponlyMissing = defineRule({
  meta: {
    id: 'cookie-httponly-missing',
    category: 'cookies',
    title: 'Session cookies are hidden from scripts (HttpOnly)',
    failureTitle: 'Session cookies can be read by scripts (HttpOnly missing)',
    description:
      'A login or session cookie without HttpOnly can be read by JavaScript, so a single cross-site scripting flaw or bad third-party script can steal it and take over the visitor’s session.',
    remediation:
      'Add HttpOnly to every session and login cookie (the framework setting is usually one line).',
    fixes: cookieFixes('HttpOnly'),
    defaultSeverity: 'medium',
    requiredArtifacts: ['MainResponse'],
    messages: { readable: 'The session-like cookie {{name}} is set without HttpOnly.' },
    references: COOKIE_REFERENCES,
  },
  check(a) {
    const sessions = pageCookies(a).filter((c) => isSessionLike(c.name))
    if (sessions.length === 0) return notApplicable('The page sets no session-like cookies.')
    return sessions
      .filter((c) => !c.httpOnly)
      .map((c) => ({
        messageId: 'readable' as const,
        data: { name: c.name },
        evidence: cookieEvidence(c),
        key: c.name,
      }))
  },
})
