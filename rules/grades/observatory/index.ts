import { cookiesTest } from './cookies.ts'
import { cspTest } from './csp.ts'
import { hstsTest } from './hsts.ts'
import { redirectionTest } from './redirection.ts'
import { referrerTest } from './referrer.ts'
import { gradeForScore, OBSERVATORY_ALGORITHM_VERSION, OBSERVATORY_VERSION } from './scores.ts'
import { corpTest, corsTest, xContentTypeOptionsTest, xFrameOptionsTest } from './simple-headers.ts'
import { sriTest } from './sri.ts'
import type { ObsOptions, ObservatoryInput, TestOutcome } from './types.ts'

export type { ObservatoryInput, ObsOptions, TestOutcome } from './types.ts'
export { observatoryInput } from './input.ts'

/** The ten 1.4.8 tests, keyed as in the Observatory's JSON output. */
export type ObservatoryTestName =
  | 'content-security-policy'
  | 'cookies'
  | 'cross-origin-resource-sharing'
  | 'redirection'
  | 'referrer-policy'
  | 'strict-transport-security'
  | 'subresource-integrity'
  | 'x-content-type-options'
  | 'x-frame-options'
  | 'cross-origin-resource-policy'

export interface ObservatoryScore {
  observatoryVersion: string
  algorithmVersion: number
  score: number
  grade: string
  /** 100 + penalties only; bonuses count only when this is at least 90. */
  uncurvedScore: number
  testsPassed: number
  testsQuantity: number
  tests: Record<ObservatoryTestName, TestOutcome>
}

/** HarbourScan's choices (headers.md §5); `OBSERVATORY_COMPAT` reproduces upstream 1.4.8 exactly. */
export const HARBOURSCAN_OPTIONS: ObsOptions = { sriSameOrigin: 'exact', corsCompareOrigin: true }
export const OBSERVATORY_COMPAT: ObsOptions = { sriSameOrigin: 'etld1', corsCompareOrigin: false }

const MIN_FOR_BONUS = 90

/** Pure: the per-test results, score and grade for one captured site. */
export function scoreObservatory(
  input: ObservatoryInput,
  options: ObsOptions = HARBOURSCAN_OPTIONS
): ObservatoryScore {
  const csp = cspTest(input)
  const { csp: cspMap, ...cspOutcome } = csp
  const tests: Record<ObservatoryTestName, TestOutcome> = {
    'content-security-policy': cspOutcome,
    cookies: cookiesTest(input),
    'cross-origin-resource-sharing': corsTest(input, options.corsCompareOrigin),
    redirection: redirectionTest(input),
    'referrer-policy': referrerTest(input),
    'strict-transport-security': hstsTest(input),
    'subresource-integrity': sriTest(input, options.sriSameOrigin),
    'x-content-type-options': xContentTypeOptionsTest(input),
    'x-frame-options': xFrameOptionsTest(input, cspMap),
    'cross-origin-resource-policy': corpTest(input),
  }
  const all = Object.values(tests)
  const uncurvedScore = 100 + all.reduce((s, t) => s + Math.min(0, t.modifier), 0)
  const withBonus = 100 + all.reduce((s, t) => s + t.modifier, 0)
  const { score, grade } = gradeForScore(uncurvedScore >= MIN_FOR_BONUS ? withBonus : uncurvedScore)
  return {
    observatoryVersion: OBSERVATORY_VERSION,
    algorithmVersion: OBSERVATORY_ALGORITHM_VERSION,
    score,
    grade,
    uncurvedScore,
    testsPassed: all.filter((t) => t.pass).length,
    testsQuantity: all.length,
    tests,
  }
}
