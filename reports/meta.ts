import { findRule } from '../rules/registry.ts'
import type { ReportOptions, ReportRuleMeta, RuleMetaLookup } from './types.ts'

/** Rule meta from the registry: reports show every rule's words without knowing the rules. */
export const registryMeta: RuleMetaLookup = (ruleId) => findRule(ruleId)?.meta

export function metaLookup(options: ReportOptions | undefined): RuleMetaLookup {
  return options?.ruleMeta ?? registryMeta
}

export type { ReportRuleMeta }
