import type { AnyRule } from '../types.ts'
import { hstsMissing } from './hsts-missing.ts'

export const headersRules: AnyRule[] = [hstsMissing]
