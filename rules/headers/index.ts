import type { AnyRule } from '../types.ts'
import { hstsShortMaxAge } from './hsts-short-max-age.ts'
import { hstsPreloadReady } from './hsts-preload-ready.ts'
import { cspMissing } from './csp-missing.ts'
import { cspUnsafeInline } from './csp-unsafe-inline.ts'
import { cspUnsafeEval } from './csp-unsafe-eval.ts'
import { cspBroadSources } from './csp-broad-sources.ts'
import { cspReportOnly } from './csp-report-only.ts'
import { cspInvalid } from './csp-invalid.ts'
import { xFrameOptionsMissing } from './x-frame-options-missing.ts'
import { xContentTypeOptionsMissing } from './x-content-type-options-missing.ts'
import { referrerPolicyUnsafe } from './referrer-policy-unsafe.ts'
import { permissionsPolicyMissing } from './permissions-policy-missing.ts'
import { corpCoopCoep } from './corp-coop-coep.ts'
import { corsOriginReflectedWithCredentials } from './cors-origin-reflected-with-credentials.ts'
import { corsWildcard } from './cors-wildcard.ts'
import { hstsMissing } from './hsts-missing.ts'

export const headersRules: AnyRule[] = [
  hstsMissing,
  hstsShortMaxAge,
  hstsPreloadReady,
  cspMissing,
  cspUnsafeInline,
  cspUnsafeEval,
  cspBroadSources,
  cspReportOnly,
  cspInvalid,
  xFrameOptionsMissing,
  xContentTypeOptionsMissing,
  referrerPolicyUnsafe,
  permissionsPolicyMissing,
  corpCoopCoep,
  corsOriginReflectedWithCredentials,
  corsWildcard,
]
