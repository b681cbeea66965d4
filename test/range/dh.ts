/** Weak finite-field DH groups for the `weak` site, generated at test time (never committed). */
import crypto from 'node:crypto'
import fs from 'node:fs'
import { machineCacheDir } from './cache-dir.ts'
import path from 'node:path'

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

/** Size of the prime in a DH PARAMETERS PEM (0 when it cannot be read). */
export function dhPrimeBits(pem: string | Buffer): number {
  const b64 = /-----BEGIN DH PARAMETERS-----([A-Za-z0-9+/=\s]+)-----END/.exec(pem.toString())?.[1]
  const der = Buffer.from(b64 ?? '', 'base64')
  let at = 1
  const readLength = (): number => {
    const first = der[at++] ?? 0
    if (first < 0x80) return first
    let n = 0
    for (let i = 0; i < (first & 0x7f); i += 1) n = n * 256 + (der[at++] ?? 0)
    return n
  }
  if (der[0] !== 0x30) return 0
  readLength()
  if (der[at++] !== 0x02) return 0
  let length = readLength()
  while (length > 0 && der[at] === 0) [at, length] = [at + 1, length - 1]
  const top = der[at] ?? 0
  return length === 0 ? 0 : (length - 1) * 8 + (32 - Math.clz32(top))
}

const cache = new Map<number, string>()

/** A cached file is used only if it still looks like DH parameters of the asked size. */
function plausible(pem: string, bits: number): boolean {
  const match =
    /^-----BEGIN DH PARAMETERS-----\n([A-Za-z0-9+/=\n]+)-----END DH PARAMETERS-----\n$/.exec(pem)
  const der = Buffer.from(match?.[1] ?? '', 'base64')
  return der[0] === 0x30 && der.length > bits / 8 + 5 && der.length < bits / 8 + 20
}

/**
 * A fresh safe-prime group with generator 2 (an "unknown DH group" to scanners, like
 * `openssl dhparam 1024`). Generation is CPU-bound and slow on a busy machine (0.2 s idle, over
 * 10 s measured under load), so the group is made once per machine and kept in the OS temp dir
 * (regenerated when missing), and once per process in memory.
 */
export function weakDhParams(bits = 1024): string {
  const cached = cache.get(bits)
  if (cached) return cached
  const file = path.join(machineCacheDir(), `harbourscan-range-dh${bits}.pem`)
  let pem = ''
  try {
    pem = fs.readFileSync(file, 'utf8')
  } catch {
    // not made yet on this machine
  }
  if (!plausible(pem, bits)) {
    const dh = crypto.createDiffieHellman(bits, 2)
    pem = dhParamsPem(dh.getPrime(), dh.getGenerator())
    // Write then rename, so a concurrent test process never reads half a file.
    const partial = `${file}.${process.pid}`
    fs.writeFileSync(partial, pem)
    fs.renameSync(partial, file)
  }
  cache.set(bits, pem)
  return pem
}
