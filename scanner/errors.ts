/**
 * One small error tree with stable codes (sslyze/Hono style). Callers catch at the level they need;
 * `code` is what the CLI, the API and stored results show; `cause` is always kept.
 */
export class HarbourScanError extends Error {
  readonly code: string
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'HarbourScanError'
    this.code = code
  }
}

/** The input cannot be scanned: bad URL, bad scheme, credentials, refused address. Exit code 2. */
export class TargetError extends HarbourScanError {
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(code, message, options)
    this.name = 'TargetError'
  }
}

/** A connection was refused by the address policy (SSRF guard). */
export class BlockedDestinationError extends HarbourScanError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('E_BLOCKED_DESTINATION', message, options)
    this.name = 'BlockedDestinationError'
  }
}

/** Usage mistakes on the command line. Exit code 2. */
export class UsageError extends HarbourScanError {
  constructor(message: string) {
    super('E_USAGE', message)
    this.name = 'UsageError'
  }
}

/** Maps any thrown value to the {code, message} stored for a failed collector. */
export function toCollectorError(error: unknown): { code: string; message: string } {
  if (error instanceof HarbourScanError) return { code: error.code, message: error.message }
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code
    const name = typeof code === 'string' ? code : error.name
    return { code: normaliseCode(name), message: describe(error) }
  }
  return { code: 'E_UNKNOWN', message: String(error) }
}

function normaliseCode(code: string): string {
  if (code === 'TimeoutError') return 'E_TIMEOUT'
  if (code === 'ECONNREFUSED') return 'E_CONNECTION_REFUSED'
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'E_DNS'
  if (code === 'ECONNRESET') return 'E_CONNECTION_RESET'
  // llhttp's verdicts on a malformed or oversized response (HPE_HEADER_OVERFLOW, …).
  if (code.startsWith('HPE_')) return 'E_HTTP_MALFORMED'
  return code.startsWith('E_') ? code : `E_${code.replace(/^ERR_/, '')}`
}

/** Keeps the innermost useful message (wrapped errors carry their cause). */
function describe(error: Error): string {
  const cause = error.cause
  if (cause instanceof Error && cause.message && cause.message !== error.message) {
    return `${error.message}: ${cause.message}`
  }
  return error.message
}
