import type { AnyRule } from '../types.ts'
import { httpsRedirectInsecureHop } from './https-redirect-insecure-hop.ts'
import { httpsRedirectMissing } from './https-redirect-missing.ts'

export const transportRules: AnyRule[] = [httpsRedirectMissing, httpsRedirectInsecureHop]
