import { toCollectorError } from '../errors.ts'

/** "E_CODE: message", short, for the list of things that could not be tested. */
export function describeError(error: unknown): string {
  const { code, message } = toCollectorError(error)
  return `${code}: ${message}`.slice(0, 300)
}

/** A probe that timed out or was cut off (as opposed to a refusal, which is an answer). */
export function isNoAnswer(error: unknown): boolean {
  return /TIMEOUT|ABORTED|RESET|REFUSED/.test(toCollectorError(error).code)
}
