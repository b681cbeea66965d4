/**
 * Reads a server's answer to a raw hello: a ServerHello (version, suite, compression, extension
 * types), an alert, or an SSLv2 SERVER-HELLO. Hostile input: every length is checked, and the
 * caller stops reading at MAX_REPLY_BYTES.
 */

export const MAX_REPLY_BYTES = 32 * 1024
/** A ServerHello fits one record; servers that fragment it use a few. More is an attack. */
const MAX_RECORDS = 16

/** SHA-256("HelloRetryRequest"): the random of a TLS 1.3 HelloRetryRequest. */
const HRR_RANDOM = Buffer.from(
  'cf21ad74e59a6111be1d8c021e65b891c2a211167abb8c5e079e09e2c8a8339c',
  'hex'
)

export type HelloReply =
  | {
      kind: 'server-hello'
      /** Negotiated version (supported_versions wins over the legacy field). */
      version: number
      suite: number
      compression: number
      extensions: number[]
      /** key_share group (TLS 1.3 ServerHello or HelloRetryRequest). */
      group?: number
      helloRetry: boolean
      alpn?: string
    }
  | { kind: 'alert'; level: number; description: number }
  | { kind: 'sslv2-server-hello'; cipherSpecs: number }
  | { kind: 'closed' }
  | { kind: 'unexpected'; detail: string }

/** undefined = need more bytes. */
export function parseReply(data: Buffer, ended: boolean): HelloReply | undefined {
  if (data.length === 0) return ended ? { kind: 'closed' } : undefined
  const first = data[0]!
  if (first & 0x80 && first !== 0x80 + 0x16) {
    if (data.length < 3)
      return ended ? { kind: 'unexpected', detail: 'short SSLv2 reply' } : undefined
    if (data[2] === 4) {
      if (data.length < 11) return ended ? { kind: 'unexpected', detail: 'short SSLv2' } : undefined
      return { kind: 'sslv2-server-hello', cipherSpecs: data.readUInt16BE(9) / 3 }
    }
  }
  if (first !== 0x15 && first !== 0x16) {
    return { kind: 'unexpected', detail: `record type ${first}` }
  }
  // Gather handshake bytes across records until a whole ServerHello is there. The reply is parsed
  // again as each chunk arrives, so the work per parse stays small: few records, one concat.
  let offset = 0
  const handshake: Buffer[] = []
  let gathered = 0
  let needed = Infinity
  while (offset + 5 <= data.length) {
    if (handshake.length >= MAX_RECORDS)
      return { kind: 'unexpected', detail: 'ServerHello split into too many records' }
    const type = data[offset]!
    const length = data.readUInt16BE(offset + 3)
    if (length > 18_432) return { kind: 'unexpected', detail: 'oversized record' }
    if (offset + 5 + length > data.length) break
    const body = data.subarray(offset + 5, offset + 5 + length)
    offset += 5 + length
    if (type === 0x15) {
      if (body.length < 2) return { kind: 'unexpected', detail: 'short alert' }
      return { kind: 'alert', level: body[0]!, description: body[1]! }
    }
    if (type !== 0x16) return { kind: 'unexpected', detail: `record type ${type}` }
    // RFC 8446 §5.1: handshake records are never empty.
    if (length === 0) return { kind: 'unexpected', detail: 'empty handshake record' }
    handshake.push(body)
    gathered += length
    if (needed === Infinity && gathered >= 4) {
      const head = Buffer.concat(handshake, 4)
      if (head[0] !== 2) return { kind: 'unexpected', detail: `handshake type ${head[0]}` }
      needed = 4 + head.readUIntBE(1, 3)
    }
    if (gathered >= needed) return parseServerHello(Buffer.concat(handshake).subarray(4, needed))
  }
  return ended ? { kind: 'unexpected', detail: 'truncated reply' } : undefined
}

function parseServerHello(b: Buffer): HelloReply {
  try {
    let p = 0
    let version = b.readUInt16BE(p)
    p += 2
    const random = b.subarray(p, p + 32)
    p += 32
    const sidLen = b[p]!
    p += 1 + sidLen
    const suite = b.readUInt16BE(p)
    p += 2
    const compression = b[p]!
    p += 1
    const extensions: number[] = []
    let group: number | undefined
    let alpn: string | undefined
    if (p + 2 <= b.length) {
      const end = Math.min(b.length, p + 2 + b.readUInt16BE(p))
      p += 2
      while (p + 4 <= end && extensions.length < 64) {
        const type = b.readUInt16BE(p)
        const len = b.readUInt16BE(p + 2)
        const data = b.subarray(p + 4, p + 4 + len)
        extensions.push(type)
        if (type === 43 && data.length >= 2) version = data.readUInt16BE(0)
        if (type === 51 && data.length >= 2) group = data.readUInt16BE(0)
        if (type === 16 && data.length >= 3)
          alpn = data.subarray(3, 3 + data[2]!).toString('latin1')
        p += 4 + len
      }
    }
    return {
      kind: 'server-hello',
      version,
      suite,
      compression,
      extensions,
      ...(group !== undefined ? { group } : {}),
      ...(alpn !== undefined ? { alpn } : {}),
      helloRetry: random.equals(HRR_RANDOM),
    }
  } catch {
    return { kind: 'unexpected', detail: 'malformed ServerHello' }
  }
}
