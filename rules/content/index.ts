import type { AnyRule } from '../types.ts'

export const contentRules: AnyRule[] = []
