import type { ScanResult } from '../rules/types.ts'

/**
 * JSON text safe to paste anywhere, even inside an HTML <script> or <pre>: <, >, &, U+2028 and
 * U+2029 are written as \u escapes, which every JSON parser reads back unchanged.
 */
export function safeJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
  )}\n`
}

export function scanResultJson(result: ScanResult): string {
  return safeJson(result)
}
