import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

interface Manifest {
  name: string
  version: string
}

/**
 * The project's root folder (where package.json, data/ and web/dist/ live), found by walking up
 * from this module. The walk, not a fixed `../..`, because the same code runs from scanner/ in
 * development and from the bundled CLI under dist/cli/ (scripts/build-cli.ts).
 */
export const { root: PROJECT_ROOT, manifest: PACKAGE_JSON } = findRoot(import.meta.dirname)

function findRoot(from: string): { root: string; manifest: Manifest } {
  for (let dir = from, depth = 0; depth < 5; dir = dirname(dir), depth++) {
    const file = join(dir, 'package.json')
    if (!existsSync(file)) continue
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as Partial<Manifest>
    if (manifest.name === 'harbourscan') return { root: dir, manifest: manifest as Manifest }
  }
  throw new Error(`HarbourScan's package.json was not found above ${from}`)
}
