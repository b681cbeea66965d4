import type { CollectedArtifacts } from '../../scanner/artifacts.ts'
import type { Grade, RuleResult } from '../types.ts'
import { observatoryInput, scoreObservatory, type ObservatoryScore } from './observatory/index.ts'
import { gradeForScore } from './observatory/scores.ts'

/** The MDN HTTP Observatory 1.4.8 algorithm (algorithmVersion 4) with our documented differences. */
export const WEB_GRADE_ALGORITHM = 'observatory-compatible/1.4.8-v4'

export function observatoryLetter(score: number): string {
  return gradeForScore(score).grade
}

/**
 * Base 100 plus one modifier per Observatory test; bonuses count only while the penalties total
 * at most −10. Per-test results are kept in details so a difference with the Observatory can be
 * explained test by test. The score is not capped at 100 (as upstream); the letter is.
 */
export function gradeWeb(collected: CollectedArtifacts, _rules: readonly RuleResult[]): Grade {
  // The page was left out on purpose (--only tls): its HTML was never read, so a web grade would
  // count HTML checks that were never made against the site. (A page that is not HTML at all is
  // graded, as the Observatory grades it.)
  const leftOut = collected.only !== undefined ? collected.skipped?.HtmlDocument : undefined
  if (leftOut !== undefined)
    return { letter: null, score: null, algorithm: WEB_GRADE_ALGORITHM, reasons: [leftOut] }
  const input = observatoryInput(collected)
  if (!input) {
    const why = collected.errors.MainResponse?.message ?? 'The site did not answer over HTTP(S).'
    return { letter: null, score: null, algorithm: WEB_GRADE_ALGORITHM, reasons: [why] }
  }
  const status = input.auto.status
  if (status < 200 || (status >= 400 && status !== 401 && status !== 403)) {
    return {
      letter: null,
      score: null,
      algorithm: WEB_GRADE_ALGORITHM,
      reasons: [`The page answered with HTTP status ${status}, so its headers were not graded.`],
    }
  }
  const result: ObservatoryScore = scoreObservatory(input)
  const reasons = Object.entries(result.tests)
    .filter(([, t]) => t.modifier !== 0)
    .map(([name, t]) => `${name}: ${t.result} (${t.modifier > 0 ? '+' : ''}${t.modifier})`)
  if (result.uncurvedScore < 90 && Object.values(result.tests).some((t) => t.modifier > 0)) {
    reasons.push('Bonuses are not counted because the penalties total more than 10 points.')
  }
  const limits = collected.values.HtmlDocument?.limits ?? []
  if (limits.length > 0) {
    reasons.push(`The page HTML was only partly analysed (limits reached: ${limits.join(', ')}).`)
  }
  if (collected.errors.HtmlDocument) {
    reasons.push(`The page HTML could not be analysed: ${collected.errors.HtmlDocument.message}`)
  }
  return {
    letter: result.grade,
    score: result.score,
    algorithm: WEB_GRADE_ALGORITHM,
    reasons,
    details: { ...result },
  }
}
