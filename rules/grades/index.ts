import type { CollectedArtifacts } from '../../scanner/artifacts.ts'
import type { Grade, RuleResult, ScanResult } from '../types.ts'
import { worseLetter } from './letters.ts'
import { gradeTls } from './tls.ts'
import { gradeWeb } from './web.ts'

export const OVERALL_GRADE_ALGORITHM = 'harbourscan-overall/1'

/** Overall = the worse of the TLS and web letters: a site is as safe as its weakest layer. */
export function overallGrade(tls: Grade, web: Grade): Grade {
  const letters = [tls.letter, web.letter].filter((l): l is string => l !== null)
  const letter = letters.length === 0 ? null : letters.reduce(worseLetter)
  const reasons = [
    ...(tls.letter === null ? ['TLS could not be graded.'] : [`TLS grade ${tls.letter}.`]),
    ...(web.letter === null ? ['Web security could not be graded.'] : [`Web grade ${web.letter}.`]),
  ]
  return { letter, score: null, algorithm: OVERALL_GRADE_ALGORITHM, reasons }
}

export function gradeScan(
  collected: CollectedArtifacts,
  rules: readonly RuleResult[]
): ScanResult['grades'] {
  const tls = gradeTls(collected, rules)
  const web = gradeWeb(collected, rules)
  return { overall: overallGrade(tls, web), tls, web }
}
