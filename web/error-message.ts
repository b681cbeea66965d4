/** Plain-language text for API errors: known codes get a translated sentence. */
import type { ApiError } from './api.ts'
import { t } from './i18n/index.ts'
import type { MessageKey } from './i18n/index.ts'

const KNOWN: Record<string, MessageKey> = {
  E_PRIVATE_ADDRESS: 'error.privateAddress',
  E_BLOCKED_DESTINATION: 'error.privateAddress',
  E_INVALID_URL: 'error.invalidUrl',
  E_TARGET_INVALID: 'error.invalidUrl',
  E_TARGET_SCHEME: 'error.invalidUrl',
  E_TARGET_EMPTY: 'error.invalidUrl',
  E_TARGET_CREDENTIALS: 'error.credentials',
  E_TARGET_UNRESOLVABLE: 'error.unresolvable',
  E_DNS: 'error.unresolvable',
  E_AUTH_REQUIRED: 'error.auth',
  E_AUTH_INVALID: 'error.auth',
  E_BODY_TOO_LARGE: 'batch.tooLarge',
  E_NOT_FOUND: 'error.notFound',
  E_RATE_LIMITED: 'error.rateLimited',
}

export function errorMessage(error: ApiError): string {
  const key = error.code ? KNOWN[error.code] : undefined
  if (key) return t(key)
  if (error.status === 404) return t('error.notFound')
  if (error.status === 429) return t('error.rateLimited')
  return t('error.generic', { detail: error.message })
}
