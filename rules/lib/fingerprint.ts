import type { Target } from '../../scanner/artifacts.ts'

// Not `import { createHash } from 'node:crypto'`: the ES module facade of node:crypto reads every
// export, and its lazy webcrypto getter loads the whole Web Crypto implementation (~10 ms of every
// scan's start-up). The CommonJS module object has no such cost.
const { createHash } = process.getBuiltinModule('node:crypto')

/**
 * A finding's identity across scans: the rule, the site (host and port, not the path or scheme,
 * so http→https moves keep history) and the problem's own key. Never the message text: it may
 * carry counts and dates that change between scans of an unchanged problem.
 */
export function fingerprint(ruleId: string, target: Target, key: string): string {
  return createHash('sha256')
    .update(`${ruleId}\n${target.host}\n${target.port}\n${key}`)
    .digest('hex')
    .slice(0, 32)
}
