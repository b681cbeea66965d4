import type { Evidence } from '../types.ts'

/** Longest evidence value kept in a result; scanned content can be huge and hostile. */
export const MAX_EVIDENCE_CHARS = 2000
/** Most evidence items kept per finding. */
export const MAX_EVIDENCE_ITEMS = 20

export function truncateEvidence(items: readonly Evidence[] = []): Evidence[] {
  return items.slice(0, MAX_EVIDENCE_ITEMS).map((item) => {
    const label = item.label.slice(0, 200)
    if (item.value.length <= MAX_EVIDENCE_CHARS) return { ...item, label }
    return { label, value: item.value.slice(0, MAX_EVIDENCE_CHARS), truncated: true }
  })
}
