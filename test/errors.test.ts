import { describe, expect, it } from 'vitest'
import { HarbourScanError, toCollectorError } from '../scanner/errors.ts'

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code })

describe('toCollectorError', () => {
  it('keeps our own codes and maps Node network and parser codes to stable ones', () => {
    expect(toCollectorError(new HarbourScanError('E_BLOCKED_DESTINATION', 'no'))).toEqual({
      code: 'E_BLOCKED_DESTINATION',
      message: 'no',
    })
    expect(toCollectorError(withCode('refused', 'ECONNREFUSED')).code).toBe('E_CONNECTION_REFUSED')
    expect(toCollectorError(withCode('reset', 'ECONNRESET')).code).toBe('E_CONNECTION_RESET')
    expect(toCollectorError(withCode('no name', 'ENOTFOUND')).code).toBe('E_DNS')
    expect(toCollectorError(withCode('Header overflow', 'HPE_HEADER_OVERFLOW')).code).toBe(
      'E_HTTP_MALFORMED'
    )
    expect(toCollectorError(new DOMException('late', 'TimeoutError')).code).toBe('E_TIMEOUT')
    expect(toCollectorError(withCode('x', 'ERR_SOMETHING')).code).toBe('E_SOMETHING')
    expect(toCollectorError('thrown text')).toEqual({ code: 'E_UNKNOWN', message: 'thrown text' })
  })

  it('keeps the cause in the message', () => {
    const error = new Error('fetch failed', { cause: new Error('certificate has expired') })
    expect(toCollectorError(error).message).toBe('fetch failed: certificate has expired')
  })
})
