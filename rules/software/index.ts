import type { AnyRule } from '../types.ts'

export const softwareRules: AnyRule[] = []
