/** Strict-Transport-Security (RFC 6797) parsing: browsers use the first header only. */
export interface HstsPolicy {
  raw: string
  maxAge?: number
  includeSubDomains: boolean
  preload: boolean
  /** Why the header is unusable (no max-age, a comma from a doubled header, a repeated directive). */
  problem?: string
}

export const SIX_MONTHS = 15_552_000
export const ONE_YEAR = 31_536_000

export function parseHsts(value: string): HstsPolicy {
  const raw = value.slice(0, 1024) // attacker-controlled: cut before parsing
  const policy: HstsPolicy = { raw, includeSubDomains: false, preload: false }
  if (raw.includes(','))
    return { ...policy, problem: 'the header was sent more than once (it contains a comma)' }
  const seen = new Set<string>()
  for (const part of raw.split(';')) {
    const [rawName = '', ...rest] = part.split('=')
    const name = rawName.trim().toLowerCase()
    if (name === '') continue
    if (seen.has(name)) return { ...policy, problem: `the ${name} directive appears twice` }
    seen.add(name)
    const value = rest
      .join('=')
      .trim()
      .replace(/^"(.*)"$/, '$1')
    if (name === 'max-age') {
      if (!/^\d{1,15}$/.test(value))
        return { ...policy, problem: `max-age "${value.slice(0, 40)}" is not a number` }
      policy.maxAge = Number(value)
    } else if (name === 'includesubdomains') policy.includeSubDomains = true
    else if (name === 'preload') policy.preload = true
  }
  if (policy.maxAge === undefined) return { ...policy, problem: 'it has no max-age' }
  return policy
}
