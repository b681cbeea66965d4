/**
 * Hand-built ClientHellos (tls.md §4): any suite ID, any record version, SSLv2 and SSLv3, DEFLATE
 * and FALLBACK_SCSV, none of which Node's OpenSSL can offer. Only the hello is sent; the probe
 * reads the ServerHello or the alert and hangs up, so it is an ordinary, harmless handshake start.
 */
import { randomBytes } from 'node:crypto'

export const VERSION = {
  SSLv3: 0x0300,
  TLSv1: 0x0301,
  'TLSv1.1': 0x0302,
  'TLSv1.2': 0x0303,
  'TLSv1.3': 0x0304,
} as const

export const GROUP = {
  secp256r1: 23,
  secp384r1: 24,
  secp521r1: 25,
  x25519: 29,
  x448: 30,
  ffdhe2048: 256,
  ffdhe3072: 257,
  ffdhe4096: 258,
  ffdhe6144: 259,
  ffdhe8192: 260,
  X25519MLKEM768: 0x11ec,
} as const

const DEFAULT_GROUPS = [29, 23, 24, 25, 30, 256, 257, 258]
// ECDSA/RSA-PSS/RSA with SHA-2, Ed25519/Ed448, then the SHA-1 and SHA-224 legacy ones.
const SIGALGS = [
  0x0403, 0x0503, 0x0603, 0x0807, 0x0808, 0x0804, 0x0805, 0x0806, 0x0809, 0x080a, 0x080b, 0x0401,
  0x0501, 0x0601, 0x0303, 0x0301, 0x0302, 0x0402, 0x0502, 0x0602, 0x0203, 0x0201, 0x0202,
]

export interface HelloOptions {
  version: number
  suites: readonly number[]
  servername?: string
  groups?: readonly number[]
  /** TLS 1.3: send an X25519 key share (default true when x25519 is offered). */
  x25519Share?: boolean
  /** Offer DEFLATE (method 1) besides null: the CRIME check. */
  compression?: boolean
  /** No extensions at all (a classic SSLv3 hello). */
  noExtensions?: boolean
  /** TLS_FALLBACK_SCSV (0x5600). */
  fallbackScsv?: boolean
  /** Heartbeat extension (15), peer_allowed_to_send. */
  heartbeat?: boolean
  alpn?: readonly string[]
}

// Randoms drawn 4 KB at a time: a scan sends dozens of hellos, and each draw is a call into OpenSSL.
let randomPool = Buffer.alloc(0)
let randomUsed = 0
function random32(): Buffer {
  if (randomUsed + 32 > randomPool.length) {
    randomPool = randomBytes(4096)
    randomUsed = 0
  }
  randomUsed += 32
  return randomPool.subarray(randomUsed - 32, randomUsed)
}

const u16 = (n: number) => Buffer.from([(n >> 8) & 0xff, n & 0xff])
const vec16 = (b: Buffer) => Buffer.concat([u16(b.length), b])
const vec8 = (b: Buffer) => Buffer.concat([Buffer.from([b.length]), b])
function list16(values: readonly number[]): Buffer {
  // One buffer, not one per value: an elimination hello carries a hundred suites or more.
  const out = Buffer.allocUnsafe(values.length * 2)
  values.forEach((v, i) => out.writeUInt16BE(v & 0xffff, i * 2))
  return out
}
const ext = (type: number, body: Buffer) => Buffer.concat([u16(type), vec16(body)])

// A scan's hellos repeat a few extension blocks (elimination re-sends one per round): build each
// once. Keyed by everything that shapes the block; the random key share is appended fresh.
const MAX_CACHED_BLOCKS = 256
const extensionBlocks = new Map<string, Buffer>()

function extensions(o: HelloOptions): Buffer {
  const groups = o.groups ?? DEFAULT_GROUPS
  const tls13 = o.version >= VERSION['TLSv1.3']
  const key = [o.version, o.servername, groups.join(), o.heartbeat, o.alpn?.join()].join('|')
  let fixed = extensionBlocks.get(key)
  if (!fixed) {
    if (extensionBlocks.size >= MAX_CACHED_BLOCKS) extensionBlocks.clear()
    fixed = fixedExtensions(o, groups, tls13)
    extensionBlocks.set(key, fixed)
  }
  if (!tls13) return fixed
  const share =
    (o.x25519Share ?? true) && groups.includes(GROUP.x25519)
      ? Buffer.concat([u16(GROUP.x25519), vec16(random32())])
      : Buffer.alloc(0)
  return Buffer.concat([fixed, ext(51, vec16(share))])
}

function fixedExtensions(o: HelloOptions, groups: readonly number[], tls13: boolean): Buffer {
  const parts: Buffer[] = []
  if (o.servername) {
    const name = Buffer.from(o.servername, 'ascii')
    parts.push(ext(0, vec16(Buffer.concat([Buffer.from([0]), vec16(name)]))))
  }
  parts.push(ext(10, vec16(list16(groups))))
  parts.push(ext(11, vec8(Buffer.from([0, 1, 2]))))
  parts.push(ext(13, vec16(list16(SIGALGS))))
  if (o.heartbeat) parts.push(ext(15, Buffer.from([1])))
  if (o.alpn?.length) {
    const names = Buffer.concat(o.alpn.map((p) => vec8(Buffer.from(p, 'ascii'))))
    parts.push(ext(16, vec16(names)))
  }
  parts.push(ext(23, Buffer.alloc(0)))
  parts.push(ext(35, Buffer.alloc(0)))
  if (tls13) {
    parts.push(ext(43, vec8(u16(VERSION['TLSv1.3']))))
    parts.push(ext(45, vec8(Buffer.from([1]))))
  }
  return Buffer.concat(parts)
}

/** One TLS record holding a ClientHello (SSLv3 … TLS 1.3), written into one buffer. */
export function buildClientHello(o: HelloOptions): Buffer {
  const tls13 = o.version >= VERSION['TLSv1.3']
  // 0x00ff = empty renegotiation_info SCSV: a server with RFC 5746 answers with the extension.
  const suites = [...o.suites, ...(tls13 ? [] : [0x00ff]), ...(o.fallbackScsv ? [0x5600] : [])]
  const sessionId = tls13 ? random32() : Buffer.alloc(0)
  const compression = o.compression ? [1, 0] : [0]
  const headLength = 2 + 32 + 1 + sessionId.length + 2 + 2 * suites.length + 1 + compression.length
  let exts = o.noExtensions ? undefined : extensions(o)
  // Some load balancers hang on hellos of 256–511 bytes: pad to 512 as browsers do (RFC 7685).
  const size = 4 + headLength + (exts ? 2 + exts.length : 0)
  if (exts && size > 0xff && size < 0x200)
    exts = Buffer.concat([exts, ext(21, Buffer.alloc(Math.max(1, 0x200 - size - 4)))])
  const bodyLength = headLength + (exts ? 2 + exts.length : 0)
  const out = Buffer.allocUnsafe(5 + 4 + bodyLength)
  let p = out.writeUInt8(0x16, 0)
  p = out.writeUInt16BE(Math.min(o.version, VERSION.TLSv1), p)
  p = out.writeUInt16BE(4 + bodyLength, p)
  p = out.writeUInt8(1, p)
  p = out.writeUIntBE(bodyLength, p, 3)
  p = out.writeUInt16BE(tls13 ? VERSION['TLSv1.2'] : o.version, p)
  p += random32().copy(out, p)
  p = out.writeUInt8(sessionId.length, p)
  p += sessionId.copy(out, p)
  p = out.writeUInt16BE(2 * suites.length, p)
  for (const id of suites) p = out.writeUInt16BE(id & 0xffff, p)
  p = out.writeUInt8(compression.length, p)
  for (const method of compression) p = out.writeUInt8(method, p)
  if (exts) {
    p = out.writeUInt16BE(exts.length, p)
    exts.copy(out, p)
  }
  return out
}

/** The seven classic SSLv2 cipher specs (3-byte kinds). */
const SSL2_SPECS = [0x010080, 0x020080, 0x030080, 0x040080, 0x050080, 0x060040, 0x0700c0]

/** An SSLv2 CLIENT-HELLO (2-byte header with the high bit set). */
export function buildSsl2Hello(): Buffer {
  const specs = Buffer.concat(
    SSL2_SPECS.map((s) => Buffer.from([(s >> 16) & 0xff, (s >> 8) & 0xff, s & 0xff]))
  )
  const challenge = randomBytes(16)
  const body = Buffer.concat([
    Buffer.from([1]),
    u16(0x0002),
    u16(specs.length),
    u16(0),
    u16(challenge.length),
    specs,
    challenge,
  ])
  return Buffer.concat([u16(0x8000 | body.length), body])
}
