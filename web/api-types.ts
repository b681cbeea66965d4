/** Response shapes of the HarbourScan HTTP API (see scanner/server and /api/openapi.json). */
import type { ScanResult } from '../rules/types.ts'
import type { ScanDiff } from '../reports/diff.ts'
import type { BatchSummary } from '../reports/batch-summary.ts'
import type { CollectedArtifacts } from '../scanner/artifacts.ts'

export type { ScanResult, ScanDiff, BatchSummary, CollectedArtifacts }

export type ScanStatus = 'queued' | 'running' | 'done' | 'failed' | 'cancelled'
export const FINAL_STATUSES: readonly ScanStatus[] = ['done', 'failed', 'cancelled']

export interface Problem {
  type?: string
  title?: string
  status?: number
  detail?: string
  code?: string
}

export interface ScanCreated {
  id: string
  status: ScanStatus
  url: string
  links?: { self?: string; events?: string; report?: string }
}

export interface GradeLetters {
  overall?: string | null
  tls?: string | null
  web?: string | null
}

export interface ScanSummary {
  id: string
  url: string
  host: string
  status: ScanStatus
  createdAt: string
  finishedAt?: string
  grades?: GradeLetters
  batchId?: string
}

export interface ScanDetail {
  id: string
  url: string
  host: string
  status: ScanStatus
  createdAt: string
  startedAt?: string
  finishedAt?: string
  progress: { done: number; total: number; current?: string }
  result?: ScanResult
  error?: { code: string; message: string }
}

export interface ScanList {
  items: ScanSummary[]
  next?: string
}

export interface ScanProgressEvent {
  collector?: string
  outcome?: string
  done: number
  total: number
}

export interface BatchCreated {
  id: string
  total: number
  accepted: number
  duplicates: { row: number; input: string; firstRow: number }[]
  invalid: { row: number; input: string; code: string; reason: string }[]
}

export interface BatchCounts {
  total: number
  queued: number
  running: number
  done: number
  failed: number
  cancelled: number
  /** Rows not scanned because they repeat an earlier row or are not valid addresses. */
  duplicate?: number
  invalid?: number
}

export interface BatchDetail {
  id: string
  name?: string
  status: string
  createdAt: string
  counts: BatchCounts
}

export interface BatchRowView {
  row: number
  input: string
  scanId?: string
  status: string
  grade?: string
  error?: { code: string; message: string }
}

export type ApiAnswer = 'yes' | 'partly' | 'no' | 'not-sure' | 'na'

export interface StoredAnswer {
  answer: ApiAnswer
  note?: string
  updatedAt?: string
}

export interface ChecklistState {
  profile: Record<string, string | string[] | boolean>
  answers: Record<string, StoredAnswer>
}

export type ReportFormat = 'html' | 'pdf' | 'json' | 'csv' | 'sarif'
export const REPORT_FORMATS: readonly ReportFormat[] = ['html', 'pdf', 'json', 'csv', 'sarif']
export type BatchExportFormat = 'csv' | 'html' | 'pdf' | 'json'
export const BATCH_EXPORT_FORMATS: readonly BatchExportFormat[] = ['csv', 'html', 'pdf', 'json']
