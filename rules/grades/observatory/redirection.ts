import { outcome } from './scores.ts'
import type { ObservatoryInput, TestOutcome } from './types.ts'

/** The plain-HTTP chain, checked in the Observatory's order (no preload list is used). */
export function redirectionTest(input: ObservatoryInput): TestOutcome {
  const http = input.http
  if (!http) return outcome('redirection-not-needed-no-http', true)
  if (!http.verified) return outcome('redirection-invalid-cert', false)
  const route = http.route.map((r) => new URL(r.url))
  const data = http.route.map((r) => r.url)
  const [first, second] = route
  const last = route.at(-1)
  if (!first || !second || !last) return outcome('redirection-missing', false, data)
  if (last.protocol !== 'https:') return outcome('redirection-not-to-https', false, data)
  if (second.protocol === 'http:')
    return outcome('redirection-not-to-https-on-initial-redirection', false, data)
  if (
    first.protocol === 'http:' &&
    second.protocol === 'https:' &&
    first.hostname !== second.hostname
  )
    return outcome('redirection-off-host-from-http', false, data)
  return outcome('redirection-to-https', true, data)
}
