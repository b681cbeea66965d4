/** Builds a SiteSpec `files` map from a directory on disk (e.g. a real library's dist folder). */
import fs from 'node:fs'
import path from 'node:path'

export interface FilesFromDirOptions {
  /** URL prefix, default '/'. */
  prefix?: string
  /** Bounds, so a wrong directory cannot load half the disk: 500 files, 50 MB by default. */
  maxFiles?: number
  maxBytes?: number
}

export function filesFromDir(dir: string, opts: FilesFromDirOptions = {}): Record<string, Buffer> {
  const prefix = (opts.prefix ?? '/').replace(/\/?$/, '/')
  const maxFiles = opts.maxFiles ?? 500
  const maxBytes = opts.maxBytes ?? 50 * 1024 * 1024
  const files: Record<string, Buffer> = {}
  let count = 0
  let bytes = 0
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const full = path.join(entry.parentPath, entry.name)
    const content = fs.readFileSync(full)
    count += 1
    bytes += content.length
    if (count > maxFiles || bytes > maxBytes) {
      throw new Error(`filesFromDir(${dir}): more than ${maxFiles} files or ${maxBytes} bytes`)
    }
    const rel = path.relative(dir, full).split(path.sep).join('/')
    files[prefix + rel] = content
  }
  return files
}
