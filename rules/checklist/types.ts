/**
 * Types for the practice-guide checklist: items, domains, profile questions, sources and the
 * links from scan checks to items. Pure data shapes; the logic lives beside them.
 */
import type { Severity } from '../types.ts'

export const LOCALES = ['en', 'zh-HK'] as const
export type Locale = (typeof LOCALES)[number]

/** Every user-visible string ships in English and Hong Kong Traditional Chinese. */
export type LocalizedText = { readonly [L in Locale]: string }

export const DOMAIN_IDS = [
  'GOV',
  'AST',
  'PHY',
  'ENV',
  'VEN',
  'NET',
  'IAM',
  'SYS',
  'WEB',
  'LOG',
  'BCK',
  'IR',
  'PPL',
] as const
export type DomainId = (typeof DOMAIN_IDS)[number]

export const APPLICABILITY_TAGS = [
  'all',
  'onprem_room',
  'colo',
  'cloud_iaas',
  'saas_only',
  'website',
  'own_mail_domain',
] as const
export type ApplicabilityTag = (typeof APPLICABILITY_TAGS)[number]

export type ItemSeverity = Exclude<Severity, 'info'>
export type ItemLevel = 1 | 2 | 3
export type DpoTheme = 'security-management' | 'design' | 'operation'
export type ScanRelation = 'verifies' | 'can_contradict' | 'indicates'
export type ScanCheckMode = 'passive' | 'light' | 'active'

/** Slot for the DPO Practice Guide on Data Centre Security clause, filled once its text is read. */
export interface DpoClauseSlot {
  readonly theme: DpoTheme
  readonly clause: string | null
  readonly status: 'unmapped' | 'mapped'
}

export interface SourceCitation {
  /** Key into the sources catalogue. */
  readonly ref: string
  readonly clause: string
}

export interface ItemScanLink {
  readonly linkable: boolean
  readonly relation?: ScanRelation
  /** Scan check ids (SC-…) from the scan-check catalogue. */
  readonly checks?: readonly string[]
  readonly note?: LocalizedText
}

export interface ChecklistItem {
  readonly id: string
  readonly domain: DomainId
  readonly title: LocalizedText
  /** One plain-language yes/no question for an owner. */
  readonly question: LocalizedText
  readonly why_it_matters: LocalizedText
  readonly how_to_comply: readonly LocalizedText[]
  readonly evidence: readonly LocalizedText[]
  readonly severity: ItemSeverity
  /** critical 5, high 3, medium 2, low 1 (checked by a test). */
  readonly weight: number
  readonly level: ItemLevel
  readonly applies_to: readonly ApplicabilityTag[]
  readonly dpo_pgdcs: DpoClauseSlot
  readonly sources: readonly SourceCitation[]
  readonly scan: ItemScanLink
}

export interface ChecklistDomain {
  readonly id: DomainId
  readonly name: LocalizedText
  readonly dpoThemeHint: string
}

export interface Source {
  readonly ref: string
  readonly title: LocalizedText
  readonly publisher: string
  readonly version: string
  readonly status: string
  readonly reliability: string
  readonly urlHint?: string
}

/**
 * When a scan check counts as a critical fail: a failed HarbourScan rule from `ruleIds`, and (if
 * given) a finding at or above `minSeverity`. Several conditions are alternatives.
 */
export interface CriticalFailCondition {
  readonly ruleIds: readonly string[]
  readonly minSeverity?: Severity
}

export interface ScanCheck {
  readonly id: string
  readonly name: LocalizedText
  readonly mode: ScanCheckMode
  readonly pass: LocalizedText
  readonly mapsTo: readonly string[]
  readonly criticalFail?: {
    readonly description: LocalizedText
    readonly when: readonly CriticalFailCondition[]
  }
}

export interface ProfileOption {
  readonly value: string
  readonly label: LocalizedText
}

export const PROFILE_QUESTION_IDS = [
  'PQ-1',
  'PQ-2',
  'PQ-3',
  'PQ-4',
  'PQ-5',
  'PQ-6',
  'PQ-6b',
] as const
export type ProfileQuestionId = (typeof PROFILE_QUESTION_IDS)[number]

export interface ProfileQuestion {
  readonly id: ProfileQuestionId
  readonly question: LocalizedText
  readonly type: 'multi' | 'single' | 'boolean'
  readonly options: readonly ProfileOption[]
  /** What the answer is used for, for the UI and reviewers (not shown to owners). */
  readonly usedFor: string
}

export type HostingChoice = 'onprem_room' | 'colo' | 'cloud_iaas' | 'saas_only'
export type WebsiteChoice = 'none' | 'self' | 'host' | 'agency' | 'builder'
export type RegulatedChoice = 'sfc' | 'hkma' | 'cap653' | 'card' | 'none'

/** An owner's profile answers, keyed by question id; unanswered questions are absent. */
export interface ProfileAnswers {
  readonly 'PQ-1'?: readonly HostingChoice[]
  readonly 'PQ-2'?: WebsiteChoice
  readonly 'PQ-3'?: boolean
  readonly 'PQ-4'?: readonly RegulatedChoice[]
  readonly 'PQ-5'?: boolean
  /** Staff band; wording and benchmarking only. */
  readonly 'PQ-6'?: string
  /** How IT is run; wording and benchmarking only. */
  readonly 'PQ-6b'?: string
}

export type Answer = 'yes' | 'partly' | 'no' | 'unsure' | 'na'
export type EvidenceConfidence = 'self_declared' | 'document' | 'scan_verified' | 'independent'
export type MaturityLevel = 0 | 1 | 2 | 3
export type RiskBand = 'high' | 'medium' | 'low'
