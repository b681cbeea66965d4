import type { CspMap } from './csp-policy.ts'
import { nodeFirst } from './node-headers.ts'
import { outcome } from './scores.ts'
import type { ObservatoryInput, TestOutcome } from './types.ts'

export function xContentTypeOptionsTest(input: ObservatoryInput): TestOutcome {
  const header = nodeFirst(input.auto, 'x-content-type-options')
  if (!header) return outcome('x-content-type-options-not-implemented', false)
  const data = header.slice(0, 256)
  return data.trim().toLowerCase() === 'nosniff'
    ? outcome('x-content-type-options-nosniff', true, data)
    : outcome('x-content-type-options-header-invalid', false, data)
}

/** X-Frame-Options; any frame-ancestors in the (merged) CSP wins, as upstream. */
export function xFrameOptionsTest(input: ObservatoryInput, csp: CspMap | undefined): TestOutcome {
  const header = nodeFirst(input.auto, 'x-frame-options')
  const data = header?.slice(0, 1024)
  if (csp?.has('frame-ancestors')) return outcome('x-frame-options-implemented-via-csp', true, data)
  if (!data) return outcome('x-frame-options-not-implemented', false)
  const xfo = data.trim().toLowerCase()
  if (xfo === 'deny' || xfo === 'sameorigin')
    return outcome('x-frame-options-sameorigin-or-deny', true, data)
  if (xfo.startsWith('allow-from')) return outcome('x-frame-options-allow-from-origin', true, data)
  return outcome('x-frame-options-header-invalid', false, data)
}

export function corpTest(input: ObservatoryInput): TestOutcome {
  const header = nodeFirst(input.auto, 'cross-origin-resource-policy')
  if (!header) return outcome('corp-not-implemented', true)
  const data = header.slice(0, 256).trim().toLowerCase()
  if (data === 'same-site') return outcome('corp-implemented-with-same-site', true, data)
  if (data === 'same-origin') return outcome('corp-implemented-with-same-origin', true, data)
  if (data === 'cross-origin') return outcome('corp-implemented-with-cross-origin', true, data)
  return outcome('corp-header-invalid', false, data)
}

/** CORS preflight. With compareOrigin=false the echo is never recognised (upstream bug, §5). */
export function corsTest(input: ObservatoryInput, compareOrigin: boolean): TestOutcome {
  const response = input.cors?.response
  const acao = nodeFirst(response, 'access-control-allow-origin')
  if (!response || !acao) return outcome('cross-origin-resource-sharing-not-implemented', true)
  const data = acao.slice(0, 256).trim().toLowerCase()
  if (data === '*')
    return outcome('cross-origin-resource-sharing-implemented-with-public-access', true, data)
  const credentials = nodeFirst(response, 'access-control-allow-credentials')
  if (
    compareOrigin &&
    acao === input.cors?.originSent &&
    credentials?.toLowerCase().trim() === 'true'
  )
    return outcome('cross-origin-resource-sharing-implemented-with-universal-access', false, data)
  return outcome('cross-origin-resource-sharing-implemented-with-restricted-access', true, data)
}
