import { defineRule } from '../define-rule.ts'
import { hasNonceOrHash, KNOWN_DIRECTIVES, sourcesFor } from '../lib/csp.ts'
import { cspFixes, CSP_REFERENCES, pagePolicies } from '../lib/csp-rules.ts'
import type { Problem } from '../types.ts'
import { notApplicable } from '../types.ts'

const KEYWORDS = new Set([
  'self',
  'none',
  'unsafe-inline',
  'unsafe-eval',
  'strict-dynamic',
  'unsafe-hashes',
  'report-sample',
  'wasm-unsafe-eval',
])
const NOT_IN_META = new Set(['frame-ancestors', 'report-uri', 'sandbox'])
type M = 'duplicate' | 'unknown' | 'unquoted' | 'strictDynamic' | 'metaIgnored'

export const cspInvalid = defineRule({
  meta: {
    id: 'csp-invalid',
    category: 'headers',
    title: 'The Content Security Policy is well-formed',
    failureTitle: 'The Content Security Policy has mistakes browsers ignore',
    description:
      'Browsers silently skip parts of a policy they do not understand: a repeated directive, a misspelt name or a keyword without quotes. The site then has less protection than its owner believes.',
    remediation:
      "Write each directive once, spell directive names exactly, and put keywords in single quotes ('self', 'none'). Check the policy with a CSP evaluator.",
    fixes: cspFixes(),
    defaultSeverity: 'low',
    requiredArtifacts: ['MainResponse'],
    messages: {
      duplicate:
        'The directive {{directive}} appears more than once in one policy; browsers use only the first.',
      unknown: 'The directive "{{directive}}" is not a CSP directive and is ignored.',
      unquoted:
        'The source "{{source}}" in {{directive}} looks like a keyword without quotes; write \'{{source}}\'.',
      strictDynamic: "'strict-dynamic' in script-src has no nonce or hash, so no script can load.",
      metaIgnored:
        'The directive {{directive}} is ignored in a <meta> policy; send it as a header.',
    },
    references: CSP_REFERENCES,
  },
  check(a) {
    const { all } = pagePolicies(a)
    if (all.length === 0) return notApplicable('No Content Security Policy.')
    const problems: Problem<M>[] = []
    const add = (messageId: M, data: Record<string, string>) => {
      if (problems.length < 20)
        problems.push({ messageId, data, key: `${messageId}:${Object.values(data).join(':')}` })
    }
    for (const policy of all) {
      const seen = new Set<string>()
      for (const d of policy.directives) {
        if (seen.has(d.name)) add('duplicate', { directive: d.name })
        seen.add(d.name)
        if (!KNOWN_DIRECTIVES.has(d.name)) add('unknown', { directive: d.name.slice(0, 60) })
        if (policy.origin === 'meta' && NOT_IN_META.has(d.name))
          add('metaIgnored', { directive: d.name })
        for (const s of d.sources)
          if (KEYWORDS.has(s)) add('unquoted', { directive: d.name, source: s })
      }
      const script = sourcesFor(policy, 'script-src')
      if (script?.includes("'strict-dynamic'") && !hasNonceOrHash(script)) add('strictDynamic', {})
    }
    return problems
  },
})
