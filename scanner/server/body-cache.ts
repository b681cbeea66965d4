import { createHash } from 'node:crypto'
import { gzipSync } from 'node:zlib'

export interface CachedBody {
  /** UTF-8 bytes, sent as they are: no re-encoding or length scan per request. */
  body: Uint8Array<ArrayBuffer>
  etag: string
  /** The gzip representation, made on the first request that accepts it (see gzipOf). */
  gzip?: { body: Uint8Array<ArrayBuffer>; etag: string }
}

/** Bodies smaller than this are sent as they are: gzip would save less than its headers cost. */
export const GZIP_MIN_BYTES = 1024
/** Nor larger ones: compressing runs on the API's event loop (1 MB takes a few ms, once). */
export const GZIP_MAX_BYTES = 1024 * 1024

/**
 * Serialised bodies of finished scans. A done or failed scan never changes again (completion is
 * fenced on status 'running', and nothing deletes scans), so its JSON can be built once and served
 * many times without touching the database. Keys always include the organisation: an entry is only
 * reachable by a request already scoped to the organisation that owns it. Bounded by bytes, least
 * recently used evicted first.
 */
export class BodyCache {
  readonly #maxBytes: number
  readonly #entries = new Map<string, CachedBody>()
  #bytes = 0

  constructor(maxBytes: number) {
    this.#maxBytes = maxBytes
  }

  get size(): number {
    return this.#entries.size
  }

  get bytes(): number {
    return this.#bytes
  }

  get(orgId: string, id: string): CachedBody | undefined {
    const key = keyOf(orgId, id)
    const hit = this.#entries.get(key)
    if (hit) {
      // Map keeps insertion order: re-inserting marks the entry most recently used.
      this.#entries.delete(key)
      this.#entries.set(key, hit)
    }
    return hit
  }

  set(orgId: string, id: string, text: string): CachedBody {
    const body = Buffer.from(text)
    const entry = { body, etag: etagOf(body) }
    const size = body.byteLength
    if (size > this.#maxBytes / 4) return entry // one huge body must not flush everything else
    const key = keyOf(orgId, id)
    const old = this.#entries.get(key)
    if (old) {
      this.#entries.delete(key)
      this.#bytes -= sizeOf(old)
    }
    this.#entries.set(key, entry)
    this.#bytes += size
    this.#evict()
    return entry
  }

  /**
   * The gzip representation of a body (a finished scan's JSON shrinks about six-fold), compressed
   * once and kept with the entry; undefined for small bodies. Its ETag differs from the identity
   * one, as RFC 9110 §8.8.3 requires of a different content coding.
   */
  gzipOf(orgId: string, id: string, entry: CachedBody): CachedBody['gzip'] {
    const size = entry.body.byteLength
    if (size < GZIP_MIN_BYTES || size > GZIP_MAX_BYTES) return undefined
    if (!entry.gzip) {
      const body = new Uint8Array(gzipSync(entry.body))
      entry.gzip = { body, etag: `${entry.etag.slice(0, -1)}-gz"` }
      // Counted only while the entry is cached (an uncached entry is garbage after its response).
      if (this.#entries.get(keyOf(orgId, id)) === entry) {
        this.#bytes += body.byteLength
        this.#evict()
      }
    }
    return entry.gzip
  }

  #evict(): void {
    for (const [k, v] of this.#entries) {
      if (this.#bytes <= this.#maxBytes) break
      this.#entries.delete(k)
      this.#bytes -= sizeOf(v)
    }
  }
}

const sizeOf = (e: CachedBody) => e.body.byteLength + (e.gzip?.body.byteLength ?? 0)

const keyOf = (orgId: string, id: string) => `${orgId}\u0000${id}`

export function etagOf(body: string | Uint8Array): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`
}

/** Accept-Encoding (RFC 9110 §12.5.3) allows gzip: listed, or `*`, with a non-zero weight. */
export function acceptsGzip(header: string | undefined): boolean {
  if (header === undefined) return false
  let star = false
  for (const item of header.split(',')) {
    const [name = '', ...params] = item.split(';')
    const coding = name.trim().toLowerCase()
    const q = params.map((p) => /^\s*q\s*=\s*([\d.]+)\s*$/i.exec(p)?.[1]).find(Boolean)
    const allowed = q === undefined || Number(q) > 0
    if (coding === 'gzip' || coding === 'x-gzip') return allowed
    if (coding === '*') star = allowed
  }
  return star
}

/** RFC 9110 §13.1.2: a list of entity tags or `*`, weak tags compare equal to strong ones. */
export function matchesEtag(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false
  if (header.trim() === '*') return true
  return header.split(',').some((t) => t.trim().replace(/^W\//, '') === etag)
}
