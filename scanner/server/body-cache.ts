import { createHash } from 'node:crypto'

export interface CachedBody {
  /** UTF-8 bytes, sent as they are: no re-encoding or length scan per request. */
  body: Uint8Array<ArrayBuffer>
  etag: string
}

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
      this.#bytes -= old.body.byteLength
    }
    this.#entries.set(key, entry)
    this.#bytes += size
    for (const [k, v] of this.#entries) {
      if (this.#bytes <= this.#maxBytes) break
      this.#entries.delete(k)
      this.#bytes -= v.body.byteLength
    }
    return entry
  }
}

const keyOf = (orgId: string, id: string) => `${orgId}\u0000${id}`

export function etagOf(body: string | Uint8Array): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`
}

/** RFC 9110 §13.1.2: a list of entity tags or `*`, weak tags compare equal to strong ones. */
export function matchesEtag(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false
  if (header.trim() === '*') return true
  return header.split(',').some((t) => t.trim().replace(/^W\//, '') === etag)
}
