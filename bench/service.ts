/**
 * Service benchmark, run as users run it (scanner/bin.mjs serve / worker with the NODE_OPTIONS their
 * --help recommends): batch throughput over 1,000 range sites (serve + one extra worker process on
 * the same SQLite queue) against sslscan run 8-wide on a sample of the same sites for TLS alone;
 * the time to enqueue a 100,000-row CSV; GET /api/scans/:id latency under load (autocannon).
 * Run alone: node bench/service.ts
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import pLimit from 'p-limit'
import { startRange } from '../test/range/index.ts'
import { catchAllSites, freePort, getJson, spawnServe } from '../test/e2e/service-helpers.ts'
import { median } from './median.ts'

const ROOT = resolve(import.meta.dirname, '..')
const NODE = join(ROOT, 'node_modules/.bin/node')
/** The installed `harbourscan` executable, as users run it (the CLI bundle when it is current). */
const CLI = join(ROOT, 'scanner/bin.mjs')
const SITES = 1_000
const PORTS = 10
const SSLSCAN_SAMPLE = 40
const SERVICE_NODE_OPTIONS = '--max-semi-space-size=8 --max-old-space-size=1024'

interface CannonResult {
  requests: { average: number }
  latency: { p50: number; p99: number }
  non2xx: number
  errors: number
}

/**
 * autocannon in a fresh process of its own: run inside this bench process, whose heap is large
 * after the batch, the client's own GC pauses showed up as server latency.
 *
 * How autocannon 8 reaches "500 req/s" makes the p99 strict: each connection sends its 25 requests
 * of a second back to back as soon as the second starts (20 in flight at once, then idle), and
 * records every response slower than 1 ms with coordinated-omission fill-in samples. So the p99
 * follows the server's CPU per request under a 20-deep queue, not just its idle response time.
 */
async function cannon(url: string, seconds: number): Promise<CannonResult> {
  const cli = join(ROOT, 'node_modules', 'autocannon', 'autocannon.js')
  const args = [cli, '--json', '-c', '20', '-R', '500', '-d', String(seconds), url]
  const { stdout } = await promisify(execFile)(NODE, args, { maxBuffer: 16 << 20 })
  return JSON.parse(stdout) as CannonResult
}

/** Peak resident set (VmHWM) of a live process, in MB. */
function peakRssMb(pid: number | undefined): number {
  if (pid === undefined) return 0
  const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
  return m ? Number(m[1]) / 1024 : 0
}

/**
 * The setting `harbourscan serve --help` and `worker --help` recommend: a small V8 young
 * generation and a 1 GB old-generation cap, which makes V8 grow the heap by a smaller factor
 * (little outlives a scan). Only the serve and worker children get it, not this process or the
 * range.
 */
function serviceEnv(): NodeJS.ProcessEnv {
  const inherited = process.env.NODE_OPTIONS
  return { ...process.env, NODE_OPTIONS: `${inherited ?? ''} ${SERVICE_NODE_OPTIONS}`.trim() }
}

/** `harbourscan serve` as installed (scanner/bin.mjs), with the recommended NODE_OPTIONS. */
const serve = (args: string[]) => spawnServe(args, serviceEnv(), CLI)

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return
  child.kill('SIGTERM')
  await new Promise((r) => child.once('exit', r))
}

function run(cmd: string, args: string[], timeoutMs: number): Promise<number> {
  return new Promise((done) => {
    const child = spawn(cmd, args, { stdio: 'ignore' })
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.once('exit', (code) => {
      clearTimeout(timer)
      done(code ?? -1)
    })
  })
}

async function throughput(lines: string[], dataDir: string) {
  const range = await startRange(catchAllSites(PORTS))
  const sites = Object.values(range.sites)
  const policy = [
    '--allow-private',
    '--ca',
    range.pki.caFile,
    ...sites.flatMap((s) => ['--allow-port', String(s.port)]),
  ]
  const tuning = [
    '--concurrency',
    '8',
    '--per-domain',
    '1000',
    '--per-ip',
    '1000',
    '--timeout',
    '30000',
  ]
  const port = await freePort()
  const server = await serve([
    '--port',
    String(port),
    '--data-dir',
    dataDir,
    '--rate-limit',
    '1000000',
    ...policy,
    ...tuning,
  ])
  const worker = spawn(
    NODE,
    [CLI, 'worker', '--database', join(dataDir, 'harbourscan.sqlite'), ...policy, ...tuning],
    { stdio: 'ignore', env: serviceEnv() }
  )
  try {
    const urls = Array.from({ length: SITES }, (_, i) => `${sites[i % PORTS]!.url}member/${i}`)
    const started = performance.now()
    const res = await fetch(`${server.url}/api/batches`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ urls }),
    })
    const { id } = (await res.json()) as { id: string }
    let view: { status: string; counts: { done: number; failed: number } }
    do {
      await new Promise((r) => setTimeout(r, 250))
      view = await getJson(`${server.url}/api/batches/${id}`)
    } while (view.status !== 'done')
    const seconds = (performance.now() - started) / 1000
    const rss = peakRssMb(server.child.pid) + peakRssMb(worker.pid)
    const rate = SITES / seconds
    lines.push(
      `batch: ${SITES} full scans (HTTPS, TLS + headers + content) in ${seconds.toFixed(1)} s = ${rate.toFixed(1)} scans/s (goal >= 25), ${view.counts.failed} failed`
    )
    lines.push(
      `batch: peak RSS serve + worker = ${rss.toFixed(0)} MB (goal <= 400 MB), both run as scanner/bin.mjs with NODE_OPTIONS=${SERVICE_NODE_OPTIONS}`
    )

    const sample = Array.from({ length: SSLSCAN_SAMPLE }, (_, i) => sites[i % PORTS]!.port)
    const limit = pLimit(8)
    const t = performance.now()
    const codes = await Promise.all(
      sample.map((p) => limit(() => run('sslscan', ['--no-colour', `127.0.0.1:${p}`], 120_000)))
    )
    const sslSeconds = (performance.now() - t) / 1000
    const sslRate = sample.length / sslSeconds
    lines.push(
      `sslscan 8-wide, TLS only: ${sample.length} sites in ${sslSeconds.toFixed(1)} s = ${sslRate.toFixed(2)} sites/s (${codes.filter((c) => c !== 0).length} non-zero exits); HarbourScan full scans / sslscan = ${(rate / sslRate).toFixed(1)}x`
    )
    return server.url
  } finally {
    await stop(worker)
    await stop(server.child)
    await range.close()
  }
}

async function enqueue(lines: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'hs-bench-enqueue-'))
  const server = await serve([
    '--port',
    String(await freePort()),
    '--data-dir',
    dir,
    '--api-only',
    '--rate-limit',
    '1000000',
  ])
  try {
    const rows = Array.from(
      { length: 100_000 },
      (_, i) => `Member ${i},https://site-${i % 90_000}.com.hk/`
    )
    const csv = `name,website\n${rows.join('\n')}\n`
    const form = new FormData()
    form.set('file', new Blob([csv], { type: 'text/csv' }), 'members.csv')
    const t = performance.now()
    const res = await fetch(`${server.url}/api/batches`, {
      method: 'POST',
      body: form,
      signal: AbortSignal.timeout(120_000),
    })
    const body = (await res.json()) as { accepted: number; duplicates: unknown[] }
    const seconds = (performance.now() - t) / 1000
    lines.push(
      `enqueue: 100,000-row CSV (${(csv.length / 1e6).toFixed(1)} MB, ${body.accepted} accepted, ${body.duplicates.length} duplicates) -> 202 in ${seconds.toFixed(2)} s (goal <= 5 s)`
    )
  } finally {
    await stop(server.child)
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Windows measured per server: the p99 reported is their median, as other sections use medians. */
const LATENCY_WINDOWS = 3

async function latency(lines: string[], dataDir: string) {
  const server = await serve([
    '--port',
    String(await freePort()),
    '--data-dir',
    dataDir,
    '--api-only',
    '--rate-limit',
    '1000000',
  ])
  let bare: { child: ChildProcess; url: string } | undefined
  try {
    const page = await getJson<{ items: { id: string }[] }>(`${server.url}/api/scans?limit=1`)
    const url = `${server.url}/api/scans/${page.items[0]!.id}`
    const size = (await (await fetch(url)).text()).length
    bare = await startBareServer(size)
    // Steady state is what the goal is about: the first seconds of a fresh process are JIT
    // warm-up (p99 ~80 ms cold); they are measured separately and reported, not hidden.
    const cold = await cannon(url, 2)
    await cannon(bare.url, 2)
    // The API and a bare server take turns, so both meet the same moments of this machine.
    const api: CannonResult[] = []
    const floor: CannonResult[] = []
    for (let i = 0; i < LATENCY_WINDOWS; i++) {
      api.push(await cannon(url, 10))
      floor.push(await cannon(bare.url, 10))
    }
    const p99s = (runs: CannonResult[]) => runs.map((r) => r.latency.p99)
    const rate = api.reduce((sum, r) => sum + r.requests.average, 0) / api.length
    const failures = api.reduce((sum, r) => sum + r.non2xx + r.errors, 0)
    lines.push(
      `GET /api/scans/:id (done scan, ${(size / 1024).toFixed(0)} KB JSON) at ${rate.toFixed(0)} req/s after a 2 s warm-up, ${LATENCY_WINDOWS} windows of 10 s: p50 ${median(api.map((r) => r.latency.p50))} ms, p99 ${median(p99s(api))} ms (median of ${p99s(api).join(', ')}; goal p99 <= 20 ms), ${failures} non-2xx or errors; warm-up itself p99 ${cold.latency.p99} ms`
    )
    lines.push(
      `  yardstick, in turns with the API: a bare node:http server sending ${(size / 1024).toFixed(0)} KB from memory: p99 ${median(p99s(floor))} ms (median of ${p99s(floor).join(', ')}; this machine's noise floor for the p99)`
    )
  } finally {
    if (bare) await stop(bare.child)
    await stop(server.child)
  }
}

/** A server that does nothing but send `bytes` from memory, measured exactly as the API is. */
async function startBareServer(bytes: number): Promise<{ child: ChildProcess; url: string }> {
  const code = `const body = Buffer.alloc(${bytes}, 'x')
    const server = require('node:http').createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length })
      res.end(body)
    })
    server.listen(0, '127.0.0.1', () => console.log(server.address().port))`
  const child = spawn(NODE, ['-e', code], { stdio: ['ignore', 'pipe', 'ignore'] })
  const port = await new Promise<string>((resolve) => child.stdout!.once('data', resolve))
  return { child, url: `http://127.0.0.1:${String(port).trim()}/` }
}

export async function benchService(): Promise<{ name: string; lines: string[] }> {
  const lines: string[] = []
  const dataDir = mkdtempSync(join(tmpdir(), 'hs-bench-service-'))
  try {
    await throughput(lines, dataDir)
    await latency(lines, dataDir)
    await enqueue(lines)
  } finally {
    rmSync(dataDir, { recursive: true, force: true })
  }
  return { name: 'service: batch throughput, enqueue, API latency (2 cores)', lines }
}

if (import.meta.main) {
  const section = await benchService()
  process.stdout.write(`== ${section.name}\n${section.lines.join('\n')}\n`)
}
