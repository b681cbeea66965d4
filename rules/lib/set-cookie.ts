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
  /** Max-Age <= 0, or only an Expires before the response's Date: a deletion, not a cookie. */
  deletes?: boolean
}

const MAX_COOKIES = 100
const Y2K = Date.UTC(2000, 0, 1)

/** `now`: the response's Date, to tell a deletion (Expires in the past) from a cookie. */
export function parseSetCookie(line: string, now?: number): SetCookie | null {
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
  let maxAge: number | undefined
  let expires: number | undefined
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
    else if (key === 'expires' || key === 'max-age') {
      cookie.persistent = true
      if (key === 'max-age' && /^-?\d+$/.test(v)) maxAge = Number(v)
      if (key === 'expires') expires = Date.parse(v)
    }
  }
  // RFC 6265bis §5.7: Max-Age wins over Expires; either in the past removes the cookie.
  // Without the response's Date, only an expiry before 2000 is surely in the past.
  const past = maxAge !== undefined ? maxAge <= 0 : expires !== undefined && expires < (now ?? Y2K)
  if (past) cookie.deletes = true
  return cookie
}

/**
 * The cookies a browser holds after this response, capped. As in a cookie jar, a cookie is keyed
 * by name, domain and path (the last Set-Cookie for a key wins), and a deletion (a past expiry,
 * as sent on logout) leaves nothing to judge.
 */
export function cookiesOf(headers: [string, string][]): SetCookie[] {
  const date = headers.find(([n]) => n === 'date')?.[1]
  const now = date === undefined ? undefined : Date.parse(date)
  const jar = new Map<string, SetCookie>()
  for (const [n, v] of headers) {
    if (n !== 'set-cookie') continue
    const c = parseSetCookie(v, Number.isNaN(now) ? undefined : now)
    if (!c) continue
    const key = `${c.name}\u0000${c.domain ?? ''}\u0000${c.path ?? ''}`
    if (jar.size < MAX_COOKIES || jar.has(key)) jar.set(key, c)
  }
  return [...jar.values()].filter((c) => !c.deletes)
}

/** Names that usually carry a login or session: stealing one means taking over the session. */
const SESSION_LIKE =
  /sess|sid$|^sid|login|auth|token|jwt|remember|logged_in|connect\.sid|phpsessid|jsessionid|aspxauth|^__host-|^__secure-/i

export function isSessionLike(name: string): boolean {
  return SESSION_LIKE.test(name)
}
