import { hstsTest } from './hsts.ts'
import { nodeValues } from './node-headers.ts'
import { outcome } from './scores.ts'
import type { ObservatoryInput, TestOutcome } from './types.ts'

/** Worst first wins: later in this list = worse. */
const ORDER = [
  'cookies-without-secure-flag-but-protected-by-hsts',
  'cookies-without-secure-flag',
  'cookies-session-without-secure-flag-but-protected-by-hsts',
  'cookies-samesite-flag-invalid',
  'cookies-anticsrf-without-samesite-flag',
  'cookies-session-without-httponly-flag',
  'cookies-session-without-secure-flag',
]
const IGNORED = new Set(['heroku-session-affinity'])
const MAX_COOKIES = 200

interface JarCookie {
  name: string
  path: string
  secure: boolean
  httpOnly: boolean
  /** undefined when absent or not one of lax/strict/none (a cookie jar drops bad values). */
  sameSite?: string
}

/** A cookie jar's view of one Set-Cookie line (tough-cookie semantics, simplified). */
export function jarCookie(line: string): JarCookie | null {
  const [pair = '', ...attrs] = line.split(';')
  const eq = pair.indexOf('=')
  const name = (eq === -1 ? '' : pair.slice(0, eq)).trim()
  if (eq === -1 && pair.trim() === '') return null
  const cookie: JarCookie = { name, path: '/', secure: false, httpOnly: false }
  for (const attr of attrs) {
    const i = attr.indexOf('=')
    const key = (i === -1 ? attr : attr.slice(0, i)).trim().toLowerCase()
    const value = i === -1 ? '' : attr.slice(i + 1).trim()
    if (key === 'secure') cookie.secure = true
    else if (key === 'httponly') cookie.httpOnly = true
    else if (key === 'path' && value.startsWith('/')) cookie.path = value
    else if (key === 'samesite') {
      const v = value.toLowerCase()
      if (v === 'lax' || v === 'strict' || v === 'none') cookie.sameSite = v
      else delete cookie.sameSite
    }
  }
  return cookie
}

function invalidSameSite(line: string): boolean {
  return line
    .trim()
    .split(';')
    .some((part) => {
      const [key = '', value] = part.trim().split('=')
      if (key.trim().toLowerCase() !== 'samesite') return false
      return !value || !['lax', 'strict', 'none'].includes(value.trim().toLowerCase())
    })
}

export function cookiesTest(input: ObservatoryInput): TestOutcome {
  let result: string | null = null
  const worse = (r: string) => {
    if (result === null || ORDER.indexOf(r) > ORDER.indexOf(result)) result = r
  }
  const hsts = hstsTest(input).pass
  for (const line of nodeValues(input.auto, 'set-cookie').slice(0, MAX_COOKIES)) {
    if (invalidSameSite(line)) worse('cookies-samesite-flag-invalid')
  }
  // The jar keeps the last cookie per name and path.
  const jar = new Map<string, JarCookie>()
  for (const line of input.setCookies.slice(0, MAX_COOKIES)) {
    const c = jarCookie(line)
    if (c && c.name !== '' && !IGNORED.has(c.name)) jar.set(`${c.name}\n${c.path}`, c)
  }
  if (jar.size === 0) return outcome('cookies-not-found', true)
  let missingSameSite = false
  for (const c of jar.values()) {
    const lower = c.name.toLowerCase()
    const session = lower.includes('login') || lower.includes('sess')
    if (!c.secure && c.sameSite === 'none') worse('cookies-samesite-flag-invalid')
    if (!c.secure)
      worse(
        hsts ? 'cookies-without-secure-flag-but-protected-by-hsts' : 'cookies-without-secure-flag'
      )
    if (lower.includes('csrf') && !c.sameSite) worse('cookies-anticsrf-without-samesite-flag')
    if (session && !c.secure)
      worse(
        hsts
          ? 'cookies-session-without-secure-flag-but-protected-by-hsts'
          : 'cookies-session-without-secure-flag'
      )
    if (session && !c.httpOnly) worse('cookies-session-without-httponly-flag')
    if (!c.sameSite) missingSameSite = true
  }
  const data = [...jar.values()].map((c) => c.name)
  if (result !== null) return outcome(result, false, data)
  return missingSameSite
    ? outcome('cookies-secure-with-httponly-sessions', true, data)
    : outcome('cookies-secure-with-httponly-sessions-and-samesite', true, data)
}
