import { createHash, randomBytes } from 'node:crypto'

// Random bytes drawn in blocks: a 100k-row batch needs 200k ids, one syscall each is slow.
let pool = Buffer.alloc(0)
let offset = 0

/** Time-ordered, unguessable ids: 9 chars of time (base36) + 80 random bits. */
export function newId(): string {
  if (offset + 10 > pool.length) {
    pool = randomBytes(10 * 1024)
    offset = 0
  }
  const random = pool.toString('hex', offset, offset + 10)
  offset += 10
  return `${Date.now().toString(36).padStart(9, '0')}${random}`
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
