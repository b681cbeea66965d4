import { nodeValues } from './node-headers.ts'
import { outcome } from './scores.ts'
import type { ObservatoryInput, TestOutcome } from './types.ts'

export const PRIVATE_POLICIES = [
  'no-referrer',
  'same-origin',
  'strict-origin',
  'strict-origin-when-cross-origin',
]
export const UNSAFE_POLICIES = [
  'origin',
  'origin-when-cross-origin',
  'unsafe-url',
  'no-referrer-when-downgrade',
]

/** Referrer-Policy headers and the meta tag joined; the last valid token wins. */
export function referrerTest(input: ObservatoryInput): TestOutcome {
  const values = [
    ...nodeValues(input.auto, 'referrer-policy'),
    ...(input.html?.metaReferrer ? [input.html.metaReferrer] : []),
  ]
  if (values.length === 0) return outcome('referrer-policy-not-implemented', true)
  const data = values.join(', ')
  const valid = [...PRIVATE_POLICIES, ...UNSAFE_POLICIES]
  const policy =
    data
      .split(',')
      .filter((t) => valid.includes(t.toLowerCase().trim()))
      .at(-1)
      ?.toLowerCase()
      .trim() ?? ''
  if (PRIVATE_POLICIES.includes(policy)) return outcome('referrer-policy-private', true, data)
  if (UNSAFE_POLICIES.includes(policy)) return outcome('referrer-policy-unsafe', false, data)
  return outcome('referrer-policy-header-invalid', false, data)
}
