import { createHash } from 'node:crypto'
import type { Target } from '../../scanner/artifacts.ts'

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
