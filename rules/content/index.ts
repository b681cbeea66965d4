import type { AnyRule } from '../types.ts'
import { sriMissing } from './sri-missing.ts'
import { scriptLoadedOverHttp } from './script-loaded-over-http.ts'
import { mixedContent } from './mixed-content.ts'
import { formActionInsecure } from './form-action-insecure.ts'

export const contentRules: AnyRule[] = [
  sriMissing,
  scriptLoadedOverHttp,
  mixedContent,
  formActionInsecure,
]
