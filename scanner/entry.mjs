// Which CLI a `harbourscan` process runs: the bundle in dist/cli/ (scripts/build-cli.ts) while it
// is at least as new as every source it was built from, else the TypeScript sources. Plain
// JavaScript, so the decision costs no TypeScript loading.
/* global process, URL */

// Not `import … from 'node:fs'`: that ES module facade reads fs.promises, which loads readline.
const { readFileSync, statSync } = process.getBuiltinModule('node:fs')

/**
 * The bundle's entry URL, or null for the sources: no bundle, a source newer than the build or
 * gone since (an edited checkout must never run stale code), or `HARBOURSCAN_FROM_SOURCE` set.
 * `root` is the project root as a file URL ending in a slash.
 */
export function freshBundle(root, env, bundleDir = 'dist/cli/') {
  if (env.HARBOURSCAN_FROM_SOURCE) return null
  const bundle = new URL(bundleDir, root)
  try {
    const manifest = JSON.parse(readFileSync(new URL('manifest.json', bundle), 'utf8'))
    // About 250 stat calls, ~1 ms: far cheaper than running a bundle older than its sources.
    const stale = manifest.inputs.some(
      (input) => statSync(new URL(input, root)).mtimeMs > manifest.builtAt
    )
    return stale ? null : new URL('cli.mjs', bundle).href
  } catch {
    return null // no bundle, or a source was removed since: run the sources
  }
}
