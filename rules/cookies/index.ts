import type { AnyRule } from '../types.ts'

export const cookiesRules: AnyRule[] = []
