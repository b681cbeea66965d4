import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

/**
 * The project's root folder (where package.json, data/ and web/dist/ live), found by walking up
 * from this module. The walk, not a fixed `../..`, because the same code runs from scanner/ in
 * development and from the bundled CLI under dist/cli/ (scripts/build-cli.ts).
 */
export const PROJECT_ROOT: string = findRoot(import.meta.dirname)

/** The package manifest, read once (kept out of hot paths). */
export const PACKAGE_JSON: { name: string; version: string } = JSON.parse(
  readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')
) as { name: string; version: string }

function findRoot(from: string): string {
  for (let dir = from, depth = 0; depth < 5; dir = dirname(dir), depth++) {
    try {
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
        name?: string
      }
      if (manifest.name === 'harbourscan') return dir
    } catch {
      // No manifest here (or not ours): keep walking up.
    }
  }
  throw new Error(`HarbourScan's package.json was not found above ${from}`)
}
