/** Builders for checklist tests: profiles, answer sets and scan results. */
import { applicableItems } from '../../../rules/checklist/applicability.ts'
import type { OwnerAnswer } from '../../../rules/checklist/adjustment.ts'
import type { ScanObservation } from '../../../rules/checklist/scan-evidence.ts'
import type { Answer, ProfileAnswers } from '../../../rules/checklist/types.ts'
import type {
  Category,
  RuleResult,
  RuleStatus,
  ScanResult,
  Severity,
} from '../../../rules/types.ts'
import { FIXED_NOW, makeTarget } from '../../fixtures/artifacts.ts'

/** SaaS-only SME with a website and its own mail domain (54 items per checklist.md). */
export const SAAS: ProfileAnswers = { 'PQ-1': ['saas_only'], 'PQ-2': 'builder', 'PQ-3': true }
/** Own server room, website and mail domain (67 items). */
export const ROOM: ProfileAnswers = { 'PQ-1': ['onprem_room'], 'PQ-2': 'self', 'PQ-3': true }

type AnswerSet = Record<string, Answer | OwnerAnswer>

/** Every applicable item answered `fill`, then the overrides. */
export function answerAll(
  profile: ProfileAnswers,
  fill: Answer | OwnerAnswer,
  overrides: AnswerSet = {}
): AnswerSet {
  const answers: AnswerSet = {}
  for (const item of applicableItems(profile)) answers[item.id] = fill
  return { ...answers, ...overrides }
}

export function obs(
  ruleId: string,
  status: RuleStatus,
  severity: Severity = 'high'
): ScanObservation {
  return { ruleId, status, severity, title: `${ruleId} (${status})` }
}

/** Rules that make every WEB-01 check (SC-TLS-01..04, SC-HDR-01) pass. */
export const WEB01_CLEAN: ScanObservation[] = [
  obs('certificate-expired', 'pass', 'critical'),
  obs('certificate-name-mismatch', 'pass', 'critical'),
  obs('tls-protocol-obsolete', 'pass', 'critical'),
  obs('tls-cipher-insecure', 'pass', 'high'),
  obs('https-redirect-missing', 'pass', 'medium'),
  obs('hsts-missing', 'pass', 'medium'),
]

export function makeScan(rules: readonly [string, RuleStatus, Severity, Category?][]): ScanResult {
  const results: RuleResult[] = rules.map(([ruleId, status, severity, category]) => ({
    ruleId,
    category: category ?? 'headers',
    status,
    title: ruleId,
    severity,
    findings: [],
  }))
  const grade = { letter: null, score: null, algorithm: 'test', reasons: [] }
  return {
    schemaVersion: 1,
    target: makeTarget(),
    collectedAt: FIXED_NOW,
    scannerVersion: 'test',
    dataVersions: [],
    grades: { overall: grade, tls: grade, web: grade },
    categories: [],
    rules: results,
    collectorErrors: {},
    skipped: {},
  }
}
