/** Weak finite-field DH groups for the `weak` site, generated at test time (never committed). */
import crypto from 'node:crypto'

function derLength(n: number): Buffer {
  if (n < 0x80) return Buffer.from([n])
  const bytes: number[] = []
  for (let v = n; v > 0; v >>= 8) bytes.unshift(v & 0xff)
  return Buffer.from([0x80 | bytes.length, ...bytes])
}

function derInteger(unsignedBigEndian: Buffer): Buffer {
  // A leading 0x00 keeps a value with the top bit set positive.
  const body =
    (unsignedBigEndian[0] ?? 0) & 0x80
      ? Buffer.concat([Buffer.from([0]), unsignedBigEndian])
      : unsignedBigEndian
  return Buffer.concat([Buffer.from([0x02]), derLength(body.length), body])
}

/** PKCS#3 DHParameter ::= SEQUENCE { prime INTEGER, base INTEGER } as a "DH PARAMETERS" PEM. */
export function dhParamsPem(prime: Buffer, generator: Buffer): string {
  const body = Buffer.concat([derInteger(prime), derInteger(generator)])
  const der = Buffer.concat([Buffer.from([0x30]), derLength(body.length), body])
  const lines = der.toString('base64').match(/.{1,64}/g) ?? []
  return `-----BEGIN DH PARAMETERS-----\n${lines.join('\n')}\n-----END DH PARAMETERS-----\n`
}

const cache = new Map<number, string>()

/**
 * A fresh safe-prime group with generator 2 (an "unknown DH group" to scanners, like
 * `openssl dhparam 1024`). Takes 0.2–1 s for 1024 bits, so it is made once per process.
 */
export function weakDhParams(bits = 1024): string {
  let pem = cache.get(bits)
  if (!pem) {
    const dh = crypto.createDiffieHellman(bits, 2)
    pem = dhParamsPem(dh.getPrime(), dh.getGenerator())
    cache.set(bits, pem)
  }
  return pem
}
