import { afterEach, describe, expect, it } from 'vitest'
import { ApiError } from '../../web/api.ts'
import { codeMessage, errorMessage, failureMessage } from '../../web/error-message.ts'
import { setLocale } from '../../web/i18n/index.ts'

/** Codes the browser meets when a scan, an upload or a download is refused or fails. */
const SEEN_IN_THE_BROWSER = [
  'E_PORT_NOT_ALLOWED',
  'E_PRIVATE_ADDRESS',
  'E_TARGET_UNRESOLVABLE',
  'E_DNS_TIMEOUT',
  'E_TIMEOUT',
  'E_BATCH_TOO_LARGE',
  'E_BODY_TOO_LARGE',
  'E_BATCH_INVALID',
  'E_BATCH_EMPTY',
  'E_BATCH_BINARY',
  'E_BATCH_NO_FILE',
  'E_NOT_READY',
  'E_PDF_UNAVAILABLE',
  'E_AUTH_REQUIRED',
  'E_INTERNAL',
]

describe('error messages', () => {
  afterEach(() => setLocale('en'))

  it('gives every code the browser meets a sentence in Traditional Chinese', () => {
    setLocale('zh-HK')
    for (const code of SEEN_IN_THE_BROWSER) {
      const text = errorMessage(new ApiError(400, { code, detail: 'English detail' }))
      expect(text, code).toMatch(/[\u4e00-\u9fff]/)
      expect(text, code).not.toMatch(/^發生錯誤：English detail$/)
    }
  })

  it('keeps the server detail where it adds facts (the line of an unreadable list)', () => {
    const detail = 'Line 2 opens a quoted field that is never closed'
    expect(codeMessage('E_BATCH_INVALID', detail)).toContain(detail)
    expect(codeMessage('E_SOMETHING_NEW', 'as sent')).toBe('as sent')
  })

  it('tells a network failure from a refusal', () => {
    expect(failureMessage(new TypeError('fetch failed'))).toMatch(/could not reach/)
    expect(failureMessage(new ApiError(429, {}))).toMatch(/Too many requests/)
  })
})
