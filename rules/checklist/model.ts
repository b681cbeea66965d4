/**
 * The checklist as one typed model: items in domain order, domains, profile questions, sources and
 * the scan links. The UI, reports and scoring read only this module (and the types).
 */
import { DOMAINS } from './domains.ts'
import { accessItems } from './items/access.ts'
import { assetsItems } from './items/assets.ts'
import { backupItems } from './items/backup.ts'
import { environmentItems } from './items/environment.ts'
import { governanceItems } from './items/governance.ts'
import { incidentItems } from './items/incident.ts'
import { loggingItems } from './items/logging.ts'
import { networkItems } from './items/network.ts'
import { peopleItems } from './items/people.ts'
import { physicalItems } from './items/physical.ts'
import { suppliersItems } from './items/suppliers.ts'
import { systemsItems } from './items/systems.ts'
import { websiteItems } from './items/website.ts'
import { PROFILE_QUESTIONS } from './profile.ts'
import { SCAN_CHECKS } from './scan-checks.ts'
import { SOURCES } from './sources.ts'
import type {
  ChecklistDomain,
  ChecklistItem,
  DomainId,
  Locale,
  LocalizedText,
  ScanCheck,
  ScanRelation,
  Source,
} from './types.ts'

/** Content version: bump when items, weights or links change, so stored scores can say which. */
export const CHECKLIST_VERSION = 'harbourscan-checklist/1 (seed 0.1-draft)'

export const ITEMS: readonly ChecklistItem[] = [
  ...governanceItems,
  ...assetsItems,
  ...physicalItems,
  ...environmentItems,
  ...suppliersItems,
  ...networkItems,
  ...accessItems,
  ...systemsItems,
  ...websiteItems,
  ...loggingItems,
  ...backupItems,
  ...incidentItems,
  ...peopleItems,
]

export { DOMAINS, PROFILE_QUESTIONS, SCAN_CHECKS, SOURCES }

const itemById = new Map(ITEMS.map((item) => [item.id, item]))
const sourceByRef = new Map(SOURCES.map((source) => [source.ref, source]))
const checkById = new Map(SCAN_CHECKS.map((check) => [check.id, check]))
const domainById = new Map(DOMAINS.map((domain) => [domain.id, domain]))

export function getItem(id: string): ChecklistItem | undefined {
  return itemById.get(id)
}

export function getSource(ref: string): Source | undefined {
  return sourceByRef.get(ref)
}

export function getScanCheck(id: string): ScanCheck | undefined {
  return checkById.get(id)
}

export function getDomain(id: DomainId): ChecklistDomain | undefined {
  return domainById.get(id)
}

export function itemsInDomain(domain: DomainId): ChecklistItem[] {
  return ITEMS.filter((item) => item.domain === domain)
}

/** One edge from a scan check to an item, with the item's relation to the scan. */
export interface ScanLink {
  readonly checkId: string
  readonly itemId: string
  readonly relation: ScanRelation
}

/** Every check → item link, read from the items (the checks' `mapsTo` must agree; tested). */
export const SCAN_LINKS: readonly ScanLink[] = ITEMS.flatMap((item) =>
  item.scan.relation === undefined
    ? []
    : (item.scan.checks ?? []).map((checkId) => ({
        checkId,
        itemId: item.id,
        relation: item.scan.relation as ScanRelation,
      }))
)

/** "HK Government G3 §13.1(c)"-style citation text for reports. */
export function citation(ref: string, clause: string, locale: Locale): string {
  const title = sourceByRef.get(ref)?.title[locale] ?? ref
  return `${title} ${clause}`
}

export function localize(text: LocalizedText, locale: Locale): string {
  return text[locale]
}
