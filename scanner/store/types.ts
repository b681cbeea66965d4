import type { ScanResult } from '../../rules/types.ts'
import type { CollectedArtifacts } from '../artifacts.ts'

export type ScanStatus = 'queued' | 'running' | 'done' | 'failed' | 'cancelled'
export const FINAL_STATUSES: readonly ScanStatus[] = ['done', 'failed', 'cancelled']

export interface Org {
  id: string
  name: string
  createdAt: number
}

export interface TokenInfo {
  id: string
  orgId: string
  name: string
  hint: string
  createdAt: number
  revokedAt?: number
}

export interface Progress {
  done: number
  total: number
  current?: string
}

export interface LetterGrades {
  overall: string
  tls: string
  web: string
}

export interface ScanRecord {
  id: string
  orgId: string
  input: string
  url: string
  host: string
  status: ScanStatus
  createdAt: number
  startedAt?: number
  finishedAt?: number
  attempt: number
  progress: Progress
  error?: { code: string; message: string }
  grades?: LetterGrades
  batchId?: string
  batchRow?: number
  completions: number
}

export interface NewScan {
  id: string
  input: string
  url: string
  host: string
  batchId?: string
  batchRow?: number
}

export interface BatchIssue {
  row: number
  input: string
  kind: 'duplicate' | 'invalid'
  code?: string
  reason?: string
  firstRow?: number
}

export interface BatchRecord {
  id: string
  orgId: string
  name: string
  total: number
  accepted: number
  cancelled: boolean
  createdAt: number
}

export type BatchCounts = Record<ScanStatus | 'total' | 'invalid' | 'duplicate', number>

export interface BatchRowView {
  row: number
  input: string
  scanId?: string
  status: ScanStatus | 'duplicate' | 'invalid'
  grade?: string
  error?: { code: string; message: string }
}

export interface StoredResult {
  attempt: number
  result: ScanResult
  artifacts: CollectedArtifacts
}

export type ChecklistAnswer = 'yes' | 'partly' | 'no' | 'not-sure' | 'na'

export interface Checklist {
  profile: Record<string, string | string[] | boolean>
  answers: Record<string, { answer: ChecklistAnswer; note?: string; updatedAt: string }>
}
