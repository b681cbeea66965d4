/**
 * Bounds the bytes of fetched scripts waiting for the content worker. Fetching runs ahead of
 * scanning (while the worker starts, or behind a slow file) only until this many bytes are held;
 * then new fetches wait until scans free some. Bodies are capped per file, so the memory held is
 * at most the limit plus the bodies of the fetches already under way.
 */
export interface ByteGate {
  /** Resolves once the held bytes are under the limit. */
  admit(): Promise<void>
  hold(bytes: number): void
  free(bytes: number): void
  readonly held: number
}

export function createByteGate(limit: number): ByteGate {
  let held = 0
  const waiting: (() => void)[] = []
  return {
    admit() {
      if (held < limit) return Promise.resolve()
      return new Promise<void>((resolve) => waiting.push(resolve))
    },
    hold(bytes) {
      held += bytes
    },
    free(bytes) {
      held -= bytes
      while (held < limit && waiting.length > 0) waiting.shift()!()
    },
    get held() {
      return held
    },
  }
}
