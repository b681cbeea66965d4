/**
 * Scripts: the page's <script src> list, each script fetched through the guarded client (count,
 * size and time capped) and identified by URL patterns, CDN forms, content patterns run in a worker
 * thread with a time limit, and Retire.js hashes. Records evidence; rules judge it.
 */
import pLimit, { type LimitFunction } from 'p-limit'
import type { ScriptFacts, ScriptsFacts } from '../artifacts.ts'
import { sharedDb } from '../vulndb/load.ts'
import { createByteGate, type ByteGate } from './scripts/byte-gate.ts'
import { compileDb } from './scripts/compiled.ts'
import { createContentScanner, type ContentScanner } from './scripts/content-scan.ts'
import { hasPrestartedWorker } from './scripts/content-worker-start.ts'
import { parsePage } from './scripts/html.ts'
import { mergeHits, type Hit } from './scripts/merge.ts'
import { runtimeHits } from './scripts/runtime-probes.ts'
import { detectFromUrl } from './scripts/url-detect.ts'
import { Skip, type Collector, type CollectorContext } from './types.ts'

export const MAX_FETCHED_SCRIPTS = 40
const FETCH_DEADLINE_MS = 10_000
/** Fetching and scanning stop here, well inside the collector deadline, keeping what was found. */
const WORK_BUDGET_MS = 30_000
const CONCURRENCY = 4
/**
 * Bytes of fetched scripts that may wait for the content worker. A connection is freed as soon as
 * its body is read, not when the worker has scanned it, so fetching goes on while the worker is
 * still starting; memory stays bounded by this plus the 4 bodies being fetched (each at most 5 MB
 * read off the wire, 10 MB decompressed).
 */
const HELD_BYTES = 16 * 1024 * 1024

export const scriptsCollector: Collector<'Scripts'> = {
  name: 'Scripts',
  timeoutMs: 45_000,
  async collect(ctx) {
    // A one-off `harbourscan scan` prestarts the content worker: it is adopted here, so its
    // start-up (~50–100 ms) overlapped loading the scanner and the page fetch. Elsewhere (serve,
    // worker, batch: many scans, most pages without scripts) a worker starts only for the first
    // script, so a page without scripts never pays ~50 ms of CPU for one.
    const loaded = sharedDb()
    const scanner = createContentScanner(
      loaded.then((db) => db.vuln),
      { eager: hasPrestartedWorker() }
    )
    try {
      return await collectWith(ctx, scanner)
    } finally {
      await scanner.close()
    }
  },
}

async function collectWith(
  ctx: CollectorContext,
  scanner: ContentScanner
): Promise<ScriptsFacts | Skip> {
  // The data loads and the URL patterns compile while the page is still being fetched.
  const { vuln } = await sharedDb()
  const compiled = vuln && compileDb(vuln)
  const page = await ctx.get('MainResponse')
  if (!vuln || !compiled)
    return new Skip('No vulnerability data loaded: run "harbourscan db update"')
  const html = /html/i.test(page.contentType ?? 'text/html') ? (page.body ?? '') : ''
  const facts = parsePage(html)
  const base = new URL(page.url)
  const urls = [
    ...new Set(
      facts.scriptSrcs.flatMap((src) => {
        try {
          const url = new URL(src, base)
          return url.protocol === 'http:' || url.protocol === 'https:' ? [url.href] : []
        } catch {
          return []
        }
      })
    ),
  ]
  const pipeline: Pipeline = {
    scanner,
    fetchLimit: pLimit(CONCURRENCY),
    gate: createByteGate(HELD_BYTES),
  }
  const budget = AbortSignal.any([ctx.signal, AbortSignal.timeout(WORK_BUDGET_MS)])
  const results = await Promise.all(
    urls.map((url, i) =>
      examine(ctx, budget, url, base.origin, i < MAX_FETCHED_SCRIPTS, compiled, pipeline)
    )
  )
  // Inline <script> bodies get the same content scan; their evidence points at the page.
  const inline = await Promise.all(
    facts.inlineScripts.map(async (text, i) => {
      const scanned = await scanner.scan(text, budget)
      const url = `${page.url}#inline-script-${i + 1}`
      return 'hits' in scanned ? scanned.hits.map((h): Hit => ({ ...h, url })) : []
    })
  )
  // With --render, the Retire.js func checks ran in the page (see runtime-probes.ts).
  const runtime = ctx.options.render
    ? await ctx.get('RenderedPage').then(
        (rendered) => runtimeHits(rendered, page.url),
        () => []
      )
    : []
  const npmOf = (id: string) => vuln.libraries[id]?.npm
  const result: ScriptsFacts = {
    pageUrl: page.url,
    scripts: results.map((r) => r.facts),
    libraries: mergeHits([...results.map((r) => r.hits), ...inline, runtime], npmOf),
    scriptsCapped: facts.scriptsCapped || urls.length > MAX_FETCHED_SCRIPTS,
    patternsFrom: compiled.label,
  }
  return result
}

async function examine(
  ctx: CollectorContext,
  budget: AbortSignal,
  url: string,
  pageOrigin: string,
  fetchBody: boolean,
  compiled: ReturnType<typeof compileDb>,
  { scanner, fetchLimit, gate }: Pipeline
): Promise<{ facts: ScriptFacts; hits: Hit[] }> {
  const facts: ScriptFacts = { url, sameOrigin: new URL(url).origin === pageOrigin, fetched: false }
  if (!fetchBody) return { facts, hits: detectFromUrl(url, compiled) }
  if (budget.aborted) {
    const error = 'not fetched: time budget used up'
    return { facts: { ...facts, error }, hits: detectFromUrl(url, compiled) }
  }
  const hits: Hit[] = []
  let held = 0
  let urlChecked = false
  try {
    const response = await fetchLimit(async () => {
      await gate.admit()
      return ctx.http.fetch(url, {
        deadlineMs: FETCH_DEADLINE_MS,
        signal: budget,
        headers: { accept: '*/*' },
        // Bytes, decoded in the content worker: the main thread neither decodes nor copies them.
        raw: true,
      })
    })
    // URL patterns run once the requests are out, not before the first one is sent.
    hits.push(...detectFromUrl(url, compiled))
    urlChecked = true
    facts.status = response.status
    if (response.status !== 200 || response.raw === undefined) return { facts, hits }
    facts.fetched = true
    facts.bytes = response.bodyBytes ?? response.raw.length
    if (response.bodyTruncated) facts.truncated = true
    held = response.raw.byteLength
    gate.hold(held)
    // Like Retire.js, trust a URL that names the library and version (a CDN path, a versioned file
    // name) and only confirm it from the content; anything else gets every content pattern. The
    // worker normalises line ends and hashes the text (a known hash narrows the patterns too).
    const named = hits.filter((h) => h.method !== 'query-ver').map((h) => h.library)
    const body = { bytes: response.raw, contentType: response.contentType ?? '' }
    const scanned = await scanner.scan(body, budget, {
      hash: true,
      ...(named.length ? { only: [...new Set(named)] } : {}),
    })
    const sha1 = scanned.sha1
    if (sha1 !== undefined) {
      facts.sha1 = sha1
      for (const lib of Object.values(compiled.source.libraries)) {
        const version = Object.hasOwn(lib.detect.hashes, sha1) ? lib.detect.hashes[sha1] : undefined
        if (version) hits.push({ library: lib.id, version, method: 'hash', url, detail: sha1 })
      }
    }
    if ('timedOut' in scanned) facts.timedOut = true
    else if ('error' in scanned) facts.error = scanned.error
    else for (const h of scanned.hits) hits.push({ ...h, url })
  } catch (error) {
    facts.error = (error as Error).message.slice(0, 300)
    if (!urlChecked) hits.push(...detectFromUrl(url, compiled))
  } finally {
    gate.free(held)
  }
  return { facts, hits }
}

interface Pipeline {
  scanner: ContentScanner
  /** Connections in use at once. */
  fetchLimit: LimitFunction
  /** Bytes fetched and not yet scanned. */
  gate: ByteGate
}
