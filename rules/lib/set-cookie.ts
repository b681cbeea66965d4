/** Set-Cookie parsing (RFC 6265bis), lenient like browsers; values are never kept, only lengths. */
export interface SetCookie {
  name: string
  valueLength: number
  secure: boolean
  httpOnly: boolean
  /** SameSite as written (lower-cased); undefined when absent. */
  sameSite?: string
  domain?: string
  path?: string
  /** Has Expires or Max-Age (a persistent cookie). */
  persistent: boolean
}

const MAX_COOKIES = 100

export function parseSetCookie(line: string): SetCookie | null {
  const [pair = '', ...attrs] = line.slice(0, 8192).split(';')
  const eq = pair.indexOf('=')
  const name = (eq === -1 ? '' : pair.slice(0, eq)).trim().slice(0, 200)
  const value = eq === -1 ? pair.trim() : pair.slice(eq + 1).trim()
  if (name === '' && value === '') return null
  const cookie: SetCookie = {
    name,
    valueLength: value.length,
    secure: false,
    httpOnly: false,
    persistent: false,
  }
  for (const attr of attrs) {
    const i = attr.indexOf('=')
    const key = (i === -1 ? attr : attr.slice(0, i)).trim().toLowerCase()
    const v =
      i === -1
        ? ''
        : attr
            .slice(i + 1)
            .trim()
            .slice(0, 200)
    if (key === 'secure') cookie.secure = true
    else if (key === 'httponly') cookie.httpOnly = true
    else if (key === 'samesite') cookie.sameSite = v.toLowerCase()
    else if (key === 'domain') cookie.domain = v.toLowerCase()
    else if (key === 'path') cookie.path = v
    else if (key === 'expires' || key === 'max-age') cookie.persistent = true
  }
  return cookie
}

/** Cookies set by a response, capped, de-duplicated by name (the last one wins, as in a jar). */
export function cookiesOf(headers: [string, string][]): SetCookie[] {
  const byName = new Map<string, SetCookie>()
  for (const [n, v] of headers) {
    if (n !== 'set-cookie') continue
    const c = parseSetCookie(v)
    if (c && byName.size < MAX_COOKIES) byName.set(c.name, c)
  }
  return [...byName.values()]
}

/** Names that usually carry a login or session: stealing one means taking over the session. */
const SESSION_LIKE =
  /sess|sid$|^sid|login|auth|token|jwt|remember|logged_in|connect\.sid|phpsessid|jsessionid|aspxauth|^__host-|^__secure-/i

export function isSessionLike(name: string): boolean {
  return SESSION_LIKE.test(name)
}
