/** Plain-language text for API errors: known codes get a translated sentence. */
import { ApiError } from './api.ts'
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
  E_DNS_TIMEOUT: 'error.dnsTimeout',
  E_PORT_NOT_ALLOWED: 'error.port',
  E_TIMEOUT: 'error.timeout',
  E_AUTH_REQUIRED: 'error.auth',
  E_AUTH_INVALID: 'error.auth',
  E_BODY_TOO_LARGE: 'batch.tooLarge',
  E_BATCH_TOO_LARGE: 'batch.tooLarge',
  E_BATCH_INVALID: 'batch.unreadable',
  E_BATCH_EMPTY: 'batch.empty',
  E_BATCH_BINARY: 'batch.binary',
  E_BATCH_NO_FILE: 'batch.noFile',
  E_NOT_FOUND: 'error.notFound',
  E_NOT_READY: 'error.notReady',
  E_PDF_UNAVAILABLE: 'error.pdfUnavailable',
  E_RATE_LIMITED: 'error.rateLimited',
  E_INTERNAL: 'error.internal',
}

/**
 * A coded error from the server (an API problem, a batch row's or a scan's error) in the
 * reader's language; the server's own English words only where no translation exists.
 */
export function codeMessage(code: string | undefined, detail: string): string {
  const key = code ? KNOWN[code] : undefined
  return key ? t(key, { detail }) : detail
}

export function errorMessage(error: ApiError): string {
  if (error.code && KNOWN[error.code]) return codeMessage(error.code, error.message)
  if (error.status === 404) return t('error.notFound')
  if (error.status === 429) return t('error.rateLimited')
  return t('error.generic', { detail: error.message })
}

/** Any failed API call in plain words: the server's problem, or the network. */
export function failureMessage(error: unknown): string {
  return error instanceof ApiError ? errorMessage(error) : t('error.network')
}
