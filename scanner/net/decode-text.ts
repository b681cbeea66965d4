/**
 * Body bytes → text by the declared charset (header, then <meta charset>, then UTF-8). Its own
 * module, free of zlib and the error classes, so the script content worker can decode the bodies
 * it is handed as bytes (see collectors/scripts/content-scan.ts).
 */

/** Text by the declared charset; unknown labels fall back to UTF-8 (replacement characters). */
export function decodeText(data: Uint8Array, contentType: string): string {
  const declared =
    /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1] ??
    /<meta[^>]{0,200}charset\s*=\s*["']?([\w.:-]+)/i.exec(latin1(data.subarray(0, 2048)))?.[1] ??
    'utf-8'
  try {
    return new TextDecoder(declared.toLowerCase()).decode(data)
  } catch {
    return new TextDecoder('utf-8').decode(data)
  }
}

/** Buffer's latin1 toString, for a plain Uint8Array too (a transferred body arrives as one). */
const latin1 = (bytes: Uint8Array) =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1')
