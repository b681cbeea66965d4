/**
 * The API token of a signed-in organisation. Kept in sessionStorage (gone when the tab closes)
 * and sent only as an Authorization header, never in a URL. Local single-user mode needs none.
 */
const KEY = 'harbourscan.token'
const TOKEN_SHAPE = /^hs_[A-Za-z0-9_-]{10,200}$/

export function isTokenShaped(value: string): boolean {
  return TOKEN_SHAPE.test(value)
}

export function getToken(): string | undefined {
  try {
    return globalThis.sessionStorage?.getItem(KEY) ?? undefined
  } catch {
    return undefined
  }
}

export function setToken(token: string | undefined): void {
  try {
    if (token) globalThis.sessionStorage?.setItem(KEY, token)
    else globalThis.sessionStorage?.removeItem(KEY)
  } catch {
    // Storage disabled: the token cannot be kept; requests go without it.
  }
}

export function authHeaders(): Record<string, string> {
  const token = getToken()
  return token ? { authorization: `Bearer ${token}` } : {}
}
