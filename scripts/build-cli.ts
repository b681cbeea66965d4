/**
 * Bundles the CLI into dist/cli/ (esbuild, ES modules with code splitting). A scan process then
 * loads a few dozen chunks instead of ~230 TypeScript modules, each resolved, read and linked
 * on its own: that per-module cost was most of a short scan's start-up. Dynamic imports stay
 * separate chunks, so `scan --only web` still never loads the server, the queue or the browser.
 *
 * Worker entries (scanner/**\/*-worker-boot.mjs) become entries of their own with the same file
 * name, so `new URL('./x-worker-boot.mjs', import.meta.url)` finds them beside the chunks.
 * dist/cli/manifest.json lists the sources; scanner/bin.mjs runs the bundle only while none of
 * them is newer than the build, so an edited checkout runs its sources, never a stale bundle.
 *
 * Runs on `npm ci` (prepare), `npm run build` and `npm run bench`. Usage: node scripts/build-cli.ts
 */
import { readdirSync } from 'node:fs'
import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
import { join, relative } from 'node:path'

const ROOT = join(import.meta.dirname, '..')
// Not bundled: big, and never used by a scan; loaded at run time from node_modules when needed.
// (ipaddr.js is required through createRequire on purpose, which esbuild leaves alone.)
const EXTERNAL = ['playwright-core', 'pg', 'pg-boss']

function workerEntries(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('-worker-boot.mjs'))
    .map((file) => join(dir, file))
}

/** Builds into `out` (dist/cli by default; tests build elsewhere under the project). */
export async function buildCli(
  out = join(ROOT, 'dist', 'cli')
): Promise<{ files: number; inputs: number }> {
  const startedAt = Date.now() // before any source is read: an edit during the build is "newer"
  // A devDependency: imported here so a production install without it can still load this file.
  const { build } = await import('esbuild')
  // Built beside, then swapped in with renames: a harbourscan process starting meanwhile sees
  // either the old bundle or the new one, never a half-written folder.
  const next = `${out}.next-${process.pid}`
  const previous = `${out}.old-${process.pid}`
  await rm(next, { recursive: true, force: true })
  await mkdir(next, { recursive: true })
  const result = await build({
    entryPoints: [join(ROOT, 'scanner', 'cli.ts'), ...workerEntries(join(ROOT, 'scanner'))],
    outdir: next,
    entryNames: '[name]',
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node24',
    external: EXTERNAL,
    // Bundled CommonJS dependencies call require(); ES modules have none of their own.
    banner: {
      js: "import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);",
    },
    metafile: true,
    legalComments: 'linked',
    logLevel: 'warning',
  })
  const inputs = Object.keys(result.metafile.inputs)
    .map((input) => relative(ROOT, join(process.cwd(), input)))
    .filter((input) => !input.startsWith('node_modules'))
  inputs.push('package.json')
  await writeFile(
    join(next, 'manifest.json'),
    `${JSON.stringify({ builtAt: startedAt, inputs })}\n`
  )
  await rename(out, previous).catch(() => undefined) // absent on a first build
  await rename(next, out)
  await rm(previous, { recursive: true, force: true })
  return { files: Object.keys(result.metafile.outputs).length, inputs: inputs.length }
}

if (import.meta.main) {
  try {
    const { files, inputs } = await buildCli()
    console.log(`dist/cli: ${files} files bundled from ${inputs} sources`)
  } catch (error) {
    // Without esbuild (npm ci --omit=dev) the CLI runs from its sources: slower start, same results.
    if ((error as { code?: string }).code !== 'ERR_MODULE_NOT_FOUND') throw error
    console.log('dist/cli: not built (esbuild is not installed); harbourscan runs from its sources')
  }
}
