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

/** The legacy <meta name="referrer"> keywords the HTML Standard still maps to policies. */
const META_KEYWORDS: Record<string, string> = {
  never: 'no-referrer',
  default: 'strict-origin-when-cross-origin',
  always: 'unsafe-url',
  'origin-when-crossorigin': 'origin-when-cross-origin',
}

/** A <meta name="referrer"> content as the policy it sets. */
export const metaReferrerPolicy = (content: string): string =>
  META_KEYWORDS[content.trim().toLowerCase()] ?? content
