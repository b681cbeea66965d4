import type { CollectedArtifacts } from '../../scanner/artifacts.ts'
import { severityRank } from '../severity.ts'
import type { Grade, RuleResult, ScanResult, Severity } from '../types.ts'
import { letterRank, worseLetter } from './letters.ts'
import { gradeTls } from './tls.ts'
import { gradeWeb } from './web.ts'

export const OVERALL_GRADE_ALGORITHM = 'harbourscan-overall/2'

/**
 * The TLS and web grades do not see outdated or compromised software, so a failed software rule
 * caps the overall letter: a site running end-of-life or vulnerable code is not an "A".
 */
const SOFTWARE_CAP: Partial<Record<Severity, string>> = { critical: 'F', high: 'C', medium: 'B' }

function softwareCap(rules: readonly RuleResult[]): { letter: string; reason: string } | null {
  const worst = rules
    .filter((r) => r.category === 'software' && r.status === 'fail')
    .sort((a, b) => severityRank(b.severity) - severityRank(a.severity))[0]
  const letter = worst ? SOFTWARE_CAP[worst.severity] : undefined
  if (!worst || !letter) return null
  return { letter, reason: `Capped at ${letter}: ${worst.title} (${worst.severity}).` }
}

/**
 * Overall = the worse of the TLS and web letters (a site is as safe as its weakest layer), then
 * capped by failed software checks.
 */
export function overallGrade(tls: Grade, web: Grade, rules: readonly RuleResult[] = []): Grade {
  const letters = [tls.letter, web.letter].filter((l): l is string => l !== null)
  const reasons = [
    ...(tls.letter === null ? ['TLS could not be graded.'] : [`TLS grade ${tls.letter}.`]),
    ...(web.letter === null ? ['Web security could not be graded.'] : [`Web grade ${web.letter}.`]),
  ]
  let letter = letters.length === 0 ? null : letters.reduce(worseLetter)
  const cap = softwareCap(rules)
  if (letter !== null && cap && letterRank(cap.letter) > letterRank(letter)) {
    letter = cap.letter
    reasons.push(cap.reason)
  }
  return { letter, score: null, algorithm: OVERALL_GRADE_ALGORITHM, reasons }
}

export function gradeScan(
  collected: CollectedArtifacts,
  rules: readonly RuleResult[]
): ScanResult['grades'] {
  const tls = gradeTls(collected, rules)
  const web = gradeWeb(collected, rules)
  return { overall: overallGrade(tls, web, rules), tls, web }
}
