/**
 * Conversion between the API's stored checklist and the checklist model's types. The API says
 * "not-sure" where the model says "unsure"; an N/A answer's note is its written reason.
 */
import type { OwnerAnswer } from '../rules/checklist/adjustment.ts'
import type { Answer, ProfileAnswers } from '../rules/checklist/types.ts'
import type { ApiAnswer, ChecklistState, StoredAnswer } from './api-types.ts'

const MULTI = new Set(['PQ-1', 'PQ-4'])
const BOOLEAN = new Set(['PQ-3', 'PQ-5'])
const SINGLE = new Set(['PQ-2', 'PQ-6', 'PQ-6b'])

export function toModelAnswer(answer: ApiAnswer): Answer {
  return answer === 'not-sure' ? 'unsure' : answer
}

export function toApiAnswer(answer: Answer): ApiAnswer {
  return answer === 'unsure' ? 'not-sure' : answer
}

/** Only known questions with values of the right shape survive: stored data is not trusted. */
export function toProfileAnswers(stored: ChecklistState['profile']): ProfileAnswers {
  const out: Record<string, unknown> = {}
  for (const [id, value] of Object.entries(stored)) {
    if (MULTI.has(id) && Array.isArray(value)) out[id] = value.filter((v) => typeof v === 'string')
    else if (BOOLEAN.has(id) && typeof value === 'boolean') out[id] = value
    else if (SINGLE.has(id) && typeof value === 'string') out[id] = value
  }
  return out as ProfileAnswers
}

export function toOwnerAnswers(stored: ChecklistState['answers']): Record<string, OwnerAnswer> {
  const out: Record<string, OwnerAnswer> = {}
  for (const [id, entry] of Object.entries(stored)) {
    const answer = toModelAnswer(entry.answer)
    const note = entry.note?.trim()
    out[id] = answer === 'na' && note ? { answer, naReason: note } : { answer }
  }
  return out
}

export function hasProfile(profile: ProfileAnswers): boolean {
  return (profile['PQ-1']?.length ?? 0) > 0 && profile['PQ-2'] !== undefined
}

export function storedAnswer(answer: ApiAnswer, note: string): StoredAnswer {
  return note ? { answer, note } : { answer }
}
