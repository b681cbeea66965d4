/** Referrer-Policy: a comma-separated list; browsers use the last token they recognise. */
export const PRIVATE_REFERRER = [
  'no-referrer',
  'same-origin',
  'strict-origin',
  'strict-origin-when-cross-origin',
]
export const UNSAFE_REFERRER = [
  'origin',
  'origin-when-cross-origin',
  'unsafe-url',
  'no-referrer-when-downgrade',
]

export function effectiveReferrerPolicy(values: string[]): string | undefined {
  const known = [...PRIVATE_REFERRER, ...UNSAFE_REFERRER]
  return values
    .flatMap((v) => v.split(','))
    .map((t) => t.trim().toLowerCase())
    .filter((t) => known.includes(t))
    .at(-1)
}
