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

/**
 * Probes that only look at the negotiated protocol or suite never verify the chain, so they skip
 * loading the root store into their context (about 2–4 ms of CPU per handshake).
 */
export const NO_ROOTS = { ca: [] as string[] }
