import { createHash, randomBytes } from 'node:crypto'

/** Time-ordered, unguessable ids: 8 chars of time (base36) + 80 random bits. */
export function newId(): string {
  return `${Date.now().toString(36).padStart(9, '0')}${randomBytes(10).toString('hex')}`
}

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'

function base62(bytes: Buffer): string {
  let n = BigInt(`0x${bytes.toString('hex')}`)
  let out = ''
  while (n > 0n) {
    out = BASE62[Number(n % 62n)]! + out
    n /= 62n
  }
  return out.padStart(43, '0')
}

function checksum(body: string): string {
  return createHash('sha256').update(body).digest('hex').slice(0, 6)
}

/**
 * API tokens: `hs_` + 32 random bytes in base62 + a 6-hex checksum, so secret scanners can spot a
 * leaked one and typos fail before any lookup. Only the SHA-256 is stored.
 */
export function newToken(): string {
  const body = base62(randomBytes(32))
  return `hs_${body}${checksum(body)}`
}

export function isWellFormedToken(token: string): boolean {
  const match = /^hs_([0-9A-Za-z]{43})([0-9a-f]{6})$/.exec(token)
  return match !== null && checksum(match[1]!) === match[2]
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}
