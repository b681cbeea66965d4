import type { AnyRule } from '../types.ts'
import { cookieSecureMissing } from './cookie-secure-missing.ts'
import { cookieHttponlyMissing } from './cookie-httponly-missing.ts'
import { cookieSamesiteMissing } from './cookie-samesite-missing.ts'

export const cookiesRules: AnyRule[] = [
  cookieSecureMissing,
  cookieHttponlyMissing,
  cookieSamesiteMissing,
]
