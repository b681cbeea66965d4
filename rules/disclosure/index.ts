import type { AnyRule } from '../types.ts'

export const disclosureRules: AnyRule[] = []
