import type { Readable } from 'node:stream'
import zlib from 'node:zlib'
import { HarbourScanError } from '../errors.ts'

/** Largest decompressed body kept; a zip bomb stops here. */
const MAX_DECODED_BYTES = 10 * 1024 * 1024
const MAX_CODINGS = 2

/** The body after content codings, before charset decoding (decode-text.ts does that). */
export interface RawBody {
  raw: Buffer
  /** Bytes read off the wire (capped). */
  bytes: number
  truncated: boolean
}

/**
 * Reads at most `maxBytes` of a hostile body and undoes at most two content codings with an
 * output cap. Charset decoding is the caller's (decodeText), which may run in a worker thread.
 */
export async function readBody(
  body: Readable,
  headers: [string, string][],
  maxBytes: number
): Promise<RawBody> {
  const chunks: Buffer[] = []
  let bytes = 0
  let truncated = false
  for await (const chunk of body as AsyncIterable<Buffer>) {
    const room = maxBytes - bytes
    if (chunk.length > room) {
      chunks.push(chunk.subarray(0, room))
      bytes += room
      truncated = true
      break
    }
    chunks.push(chunk)
    bytes += chunk.length
  }
  if (truncated) {
    body.on('error', () => undefined) // the abort we asked for surfaces as an error
    body.destroy()
  }
  let raw: Buffer = Buffer.concat(chunks)
  const codings = headers
    .filter(([n]) => n === 'content-encoding')
    .flatMap(([, v]) => v.split(','))
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c !== '' && c !== 'identity')
  if (codings.length > MAX_CODINGS) {
    throw new HarbourScanError(
      'E_DECOMPRESSION_LIMIT',
      `The response uses ${codings.length} content codings; at most ${MAX_CODINGS} are decoded`
    )
  }
  for (const coding of codings.reverse()) raw = inflate(raw, coding, truncated)
  return { raw, bytes, truncated }
}

function inflate(data: Buffer, coding: string, partial: boolean): Buffer {
  const options = {
    maxOutputLength: MAX_DECODED_BYTES,
    finishFlush: partial ? zlib.constants.Z_SYNC_FLUSH : zlib.constants.Z_FINISH,
  }
  try {
    if (coding === 'gzip' || coding === 'x-gzip') return zlib.gunzipSync(data, options)
    if (coding === 'deflate') return zlib.inflateSync(data, options)
    if (coding === 'br')
      return zlib.brotliDecompressSync(data, { maxOutputLength: MAX_DECODED_BYTES })
  } catch (cause) {
    const code = (cause as { code?: string }).code
    if (code === 'ERR_BUFFER_TOO_LARGE') {
      throw new HarbourScanError(
        'E_DECOMPRESSION_LIMIT',
        `The response decompresses to more than ${MAX_DECODED_BYTES} bytes`,
        { cause }
      )
    }
    throw new HarbourScanError('E_DECOMPRESSION', `The ${coding} body could not be decoded`, {
      cause,
    })
  }
  throw new HarbourScanError('E_DECOMPRESSION', `Unknown content coding: ${coding.slice(0, 40)}`)
}
