import type { AnyRule } from '../types.ts'
import { serverVersionDisclosed } from './server-version-disclosed.ts'
import { securityTxtMissing } from './security-txt-missing.ts'
import { securityTxtInvalid } from './security-txt-invalid.ts'

export const disclosureRules: AnyRule[] = [
  serverVersionDisclosed,
  securityTxtMissing,
  securityTxtInvalid,
]
