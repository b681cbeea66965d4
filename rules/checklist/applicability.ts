/** Profile answers → applicability tags → the items an owner is asked. */
import { ITEMS } from './model.ts'
import type { ApplicabilityTag, ChecklistItem, ProfileAnswers } from './types.ts'

/**
 * `all` always; PQ-1 adds each place systems run; PQ-2 adds `website` unless "none" (or
 * unanswered); PQ-3 adds `own_mail_domain` when answered yes.
 */
export function profileTags(profile: ProfileAnswers): ReadonlySet<ApplicabilityTag> {
  const tags = new Set<ApplicabilityTag>(['all'])
  for (const place of profile['PQ-1'] ?? []) tags.add(place)
  const website = profile['PQ-2']
  if (website !== undefined && website !== 'none') tags.add('website')
  if (profile['PQ-3'] === true) tags.add('own_mail_domain')
  return tags
}

export function isApplicable(item: ChecklistItem, tags: ReadonlySet<ApplicabilityTag>): boolean {
  return item.applies_to.some((tag) => tags.has(tag))
}

export function applicableItems(
  profile: ProfileAnswers,
  items: readonly ChecklistItem[] = ITEMS
): ChecklistItem[] {
  const tags = profileTags(profile)
  return items.filter((item) => isApplicable(item, tags))
}
