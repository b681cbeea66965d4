/**
 * The bundled CLI (scripts/build-cli.ts) that `harbourscan` runs after `npm ci`: it must behave
 * exactly as the sources do, workers included, and scanner/entry.mjs must only pick it while it
 * is current.
 */
import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildCli } from '../../scripts/build-cli.ts'
// @ts-expect-error: plain JavaScript on purpose (it decides before any TypeScript is loaded)
import { freshBundle } from '../../scanner/entry.mjs'
import { startRange, type Range } from '../range/index.ts'
import { librariesSite } from '../range/libraries.ts'
import { presetSites } from '../range/sites.ts'

const run = promisify(execFile)
const ROOT = join(import.meta.dirname, '..', '..')
// Inside the project (two levels down, like dist/cli) so the bundle finds package.json and data/.
const OUT = join(ROOT, 'dist', `cli-test-${process.pid}`)
const SOURCES = join(ROOT, 'scanner', 'cli.ts')

let range: Range
beforeAll(async () => {
  range = await startRange([...presetSites(['clean']), librariesSite().spec])
  await buildCli(OUT)
}, 60_000)
afterAll(async () => {
  await range?.close()
  await rm(OUT, { recursive: true, force: true })
})

/** Scan JSON with the fields that differ between any two runs removed. */
async function scanWith(entry: string, url: string): Promise<unknown> {
  const args = ['scan', url, '--allow-private', '--ca', range.pki.caFile, '--format', 'json']
  const { stdout } = await run(process.execPath, [entry, ...args], {
    timeout: 60_000,
    maxBuffer: 32 << 20,
  })
  return JSON.parse(stdout, (key, value: unknown) =>
    /At$|Ms$|^duration|^elapsed/.test(key) ? undefined : value
  )
}

describe('bundled CLI', () => {
  it('gives the same result as the sources for a full scan, workers included', async () => {
    for (const url of [range.site('clean').url, range.site('libraries').url]) {
      const [bundled, sources] = await Promise.all([
        scanWith(join(OUT, 'cli.mjs'), url),
        scanWith(SOURCES, url),
      ])
      expect(bundled).toEqual(sources)
    }
    // The library site's findings come from the content-scan worker: the comparison means
    // something only if it found libraries.
    const libraries = (await scanWith(join(OUT, 'cli.mjs'), range.site('libraries').url)) as {
      rules: Array<{ ruleId: string; status: string }>
    }
    expect(libraries.rules.find((r) => r.ruleId === 'js-library-vulnerable')?.status).toBe('fail')
  }, 120_000)
})

describe('freshBundle (scanner/entry.mjs)', () => {
  it('picks a bundle right after it is built (its manifest lists only real source files)', () => {
    const root = pathToFileURL(`${ROOT}/`)
    const dir = `${relative(ROOT, OUT)}/`
    expect(freshBundle(root, {}, dir)).toBe(new URL(`${dir}cli.mjs`, root).href)
  })

  async function fakeProject(): Promise<{ root: URL; source: string }> {
    const dir = await mkdtemp(join(tmpdir(), 'harbourscan-entry-'))
    const source = join(dir, 'scanner', 'a.ts')
    await mkdir(join(dir, 'scanner'), { recursive: true })
    await mkdir(join(dir, 'dist', 'cli'), { recursive: true })
    await writeFile(source, 'export {}\n')
    const old = new Date(Date.now() - 60_000)
    await utimes(source, old, old)
    const manifest = { builtAt: Date.now() - 30_000, inputs: ['scanner/a.ts'] }
    await writeFile(join(dir, 'dist', 'cli', 'manifest.json'), JSON.stringify(manifest))
    return { root: pathToFileURL(`${dir}/`), source }
  }

  it('picks the bundle while every source is older than the build', async () => {
    const { root } = await fakeProject()
    expect(freshBundle(root, {})).toBe(new URL('dist/cli/cli.mjs', root).href)
  })

  it('runs the sources when one was edited after the build, removed, or when asked to', async () => {
    const edited = await fakeProject()
    await utimes(edited.source, new Date(), new Date())
    expect(freshBundle(edited.root, {})).toBeNull()

    const removed = await fakeProject()
    await rm(removed.source)
    expect(freshBundle(removed.root, {})).toBeNull()

    const forced = await fakeProject()
    expect(freshBundle(forced.root, { HARBOURSCAN_FROM_SOURCE: '1' })).toBeNull()
  })

  it('runs the sources when there is no bundle', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'harbourscan-entry-'))
    expect(freshBundle(pathToFileURL(`${dir}/`), {})).toBeNull()
  })
})
