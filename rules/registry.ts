import { contentRules } from './content/index.ts'
import { cookiesRules } from './cookies/index.ts'
import { disclosureRules } from './disclosure/index.ts'
import { headersRules } from './headers/index.ts'
import { softwareRules } from './software/index.ts'
import { tlsRules } from './tls/index.ts'
import { transportRules } from './transport/index.ts'
import type { AnyRule } from './types.ts'

/**
 * Every rule, sorted by id. Each category folder lists its own rules in its index.ts (so work on
 * one area does not touch another); the parity test checks every rule file is listed.
 */
export const RULES: readonly AnyRule[] = [
  ...contentRules,
  ...cookiesRules,
  ...disclosureRules,
  ...headersRules,
  ...softwareRules,
  ...tlsRules,
  ...transportRules,
  // Code-unit order: ids are lowercase ASCII words and hyphens, for which it equals the locale
  // order (registry-order.test.ts checks), without the ~15 ms ICU collator start-up.
].sort((a, b) => (a.meta.id < b.meta.id ? -1 : a.meta.id > b.meta.id ? 1 : 0))

export function findRule(id: string): AnyRule | undefined {
  return RULES.find((rule) => rule.meta.id === id)
}
