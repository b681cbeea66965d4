/**
 * Checklist scores (checklist.md §5–6). Item score: Yes 1, Partly 0.5, No 0, Not sure 0, N/A left
 * out. Domain score and overall index = 100 × Σ(weight × score) / Σ weight over applicable items.
 *
 * Choices the reference leaves open, made here on purpose:
 * - An unanswered applicable item scores 0 (like Not sure), so a half-filled checklist cannot look
 *   better than it is; `answered`/`applicable` show progress.
 * - N/A on an item the profile says applies needs a written reason; without one it is scored as
 *   Not sure and listed in `warnings`.
 */
import { adjustItem } from './adjustment.ts'
import type { OwnerAnswer } from './adjustment.ts'
import { applicableItems } from './applicability.ts'
import { weightedScore } from './item-result.ts'
import type { ItemResult } from './item-result.ts'
import { ANSWER_OPTIONS } from './labels.ts'
import { maturityLevel } from './maturity.ts'
import { DOMAINS, ITEMS } from './model.ts'
import { evaluateScanChecks } from './scan-evidence.ts'
import type { ScanObservation } from './scan-evidence.ts'
import type {
  Answer,
  DomainId,
  EvidenceConfidence,
  LocalizedText,
  MaturityLevel,
  ProfileAnswers,
} from './types.ts'

export interface DomainScore {
  readonly domain: DomainId
  /** 0–100, one decimal; null when no applicable scored item. */
  readonly score: number | null
  readonly applicable: number
}

export interface ChecklistScore {
  readonly overall: number | null
  readonly domains: readonly DomainScore[]
  readonly maturity: MaturityLevel
  readonly items: readonly ItemResult[]
  readonly applicable: number
  readonly answered: number
  readonly evidence: Readonly<Record<EvidenceConfidence, number>>
  /** Whether scan observations were applied (combinedPosture warns when they were not). */
  readonly scanApplied: boolean
  readonly personalData: boolean
  readonly warnings: readonly LocalizedText[]
}

export type { ItemResult }

export interface ChecklistInput {
  readonly profile: ProfileAnswers
  readonly answers: Readonly<Record<string, Answer | OwnerAnswer>>
  /** Rule results from the website scan, if any. */
  readonly scan?: readonly ScanObservation[] | null
}

const SCORE: ReadonlyMap<Answer, number | null> = new Map(
  ANSWER_OPTIONS.map((o) => [o.value, o.score])
)

function scoreOf(answer: Answer): number | null {
  const score = SCORE.get(answer)
  return score === undefined ? 0 : score
}

const round1 = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10)

function normalise(input: Answer | OwnerAnswer | undefined): OwnerAnswer | undefined {
  return typeof input === 'string' ? { answer: input } : input
}

export function scoreChecklist(input: ChecklistInput): ChecklistScore {
  const outcomes = input.scan == null ? null : evaluateScanChecks(input.scan)
  const warnings: LocalizedText[] = []
  const items = applicableItems(input.profile, ITEMS).map((item): ItemResult => {
    let owner = normalise(input.answers[item.id])
    if (owner?.answer === 'na' && !owner.naReason?.trim()) {
      warnings.push({
        en: `${item.id}: "Not applicable" needs a written reason; until one is given it counts as "Not sure".`,
        'zh-HK': `${item.id}：「不適用」須附書面理由；未提供理由前，會當作「不確定」計算。`,
      })
      owner = { ...owner, answer: 'unsure' }
    }
    const adjusted = adjustItem(item, owner, outcomes)
    const effective = adjusted.effectiveAnswer
    return {
      ...adjusted,
      item,
      // null (N/A) is kept: it leaves the item out of every sum.
      score: effective === null ? 0 : scoreOf(effective),
      needsChecking: effective === 'unsure' || effective === null,
    }
  })
  const evidence: Record<EvidenceConfidence, number> = {
    self_declared: 0,
    document: 0,
    scan_verified: 0,
    independent: 0,
  }
  for (const r of items) if (r.ownerAnswer !== null) evidence[r.evidence] += 1
  return {
    overall: round1(weightedScore(items)),
    domains: DOMAINS.map((d) => {
      const inDomain = items.filter((r) => r.item.domain === d.id)
      return { domain: d.id, score: round1(weightedScore(inDomain)), applicable: inDomain.length }
    }),
    maturity: maturityLevel(items),
    items,
    applicable: items.length,
    answered: items.filter((r) => r.ownerAnswer !== null).length,
    evidence,
    scanApplied: outcomes !== null,
    personalData: input.profile['PQ-5'] === true,
    warnings,
  }
}
