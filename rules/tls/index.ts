import type { AnyRule } from '../types.ts'
import { certificateExpired } from './certificate-expired.ts'
import { certificateNameMismatch } from './certificate-name-mismatch.ts'

export const tlsRules: AnyRule[] = [certificateExpired, certificateNameMismatch]
