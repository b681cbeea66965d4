/**
 * Just enough of a tar.gz reader to take one file out of an npm package tarball, with caps: the
 * registry is trusted more than a scanned site, but a tarball is still input.
 */
import { gunzipSync } from 'node:zlib'

const MAX_UNPACKED = 64 * 1024 * 1024
const MAX_ENTRIES = 10_000

export interface TarEntry {
  path: string
  data: Buffer
}

function field(block: Buffer, start: number, length: number): string {
  const raw = block.subarray(start, start + length)
  const end = raw.indexOf(0)
  return raw.subarray(0, end < 0 ? raw.length : end).toString('utf8')
}

/** Regular files of a .tgz, filtered by `want(path)` so only wanted bodies are copied. */
export function readTarGz(gz: Buffer, want: (path: string) => boolean): TarEntry[] {
  const tar = gunzipSync(gz, { maxOutputLength: MAX_UNPACKED })
  const out: TarEntry[] = []
  let offset = 0
  let longName: string | undefined
  for (let n = 0; n < MAX_ENTRIES && offset + 512 <= tar.length; n++) {
    const header = tar.subarray(offset, offset + 512)
    if (header.every((b) => b === 0)) break
    const size = Number.parseInt(field(header, 124, 12).trim() || '0', 8)
    if (!Number.isFinite(size) || size < 0) throw new Error('corrupt tar header')
    const type = String.fromCharCode(header[156] ?? 0)
    const prefix = field(header, 345, 155)
    const name = longName ?? (prefix ? `${prefix}/${field(header, 0, 100)}` : field(header, 0, 100))
    longName = undefined
    const body = tar.subarray(offset + 512, offset + 512 + size)
    if (type === 'x') {
      // PAX extended header: only "path" matters here.
      const path = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(body.toString('utf8'))?.[1]
      if (path) longName = path
    } else if (type === 'L') {
      longName = body.toString('utf8').replace(/\0+$/, '')
    } else if ((type === '0' || type === '\0') && want(name)) {
      out.push({ path: name, data: Buffer.from(body) })
    }
    offset += 512 + Math.ceil(size / 512) * 512
  }
  return out
}
