import { nodeValues } from './node-headers.ts'
import { outcome } from './scores.ts'
import type { ObservatoryInput, TestOutcome } from './types.ts'

const SIX_MONTHS = 15_552_000

/** Strict-Transport-Security on the HTTPS response (first header; a comma = sent twice = invalid). */
export function hstsTest(input: ObservatoryInput): TestOutcome {
  const response = input.https
  if (!response) return outcome('hsts-not-implemented-no-https', false)
  if (!response.verified) return outcome('hsts-invalid-cert', false)
  const header = nodeValues(response, 'strict-transport-security')[0]
  if (header === undefined) return outcome('hsts-not-implemented', false)
  const data = header.slice(0, 1024) // a hostile header is cut before parsing
  if (data.includes(',')) return outcome('hsts-header-invalid', false, data)
  let maxAge: number | null = null
  for (const part of data.split(';').map((p) => p.trim().toLowerCase())) {
    if (part.startsWith('max-age=')) maxAge = parseLeadingInt(part.slice(8, 128))
  }
  if (maxAge === null) return outcome('hsts-header-invalid', false, data)
  return maxAge < SIX_MONTHS
    ? outcome('hsts-implemented-max-age-less-than-six-months', false, data)
    : outcome('hsts-implemented-max-age-at-least-six-months', true, data)
}

/** JavaScript parseInt(x, 10) semantics: leading integer, NaN when none (NaN < n is false). */
function parseLeadingInt(text: string): number {
  const m = /^\s*([+-]?\d+)/.exec(text)
  return m ? Number(m[1]) : Number.NaN
}
