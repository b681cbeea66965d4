import type { AnyRule } from '../types.ts'
import { httpsRedirectMissing } from './https-redirect-missing.ts'

export const transportRules: AnyRule[] = [httpsRedirectMissing]
