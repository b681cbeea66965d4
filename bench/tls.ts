/**
 * TLS benchmark: HarbourScan (warm in-process scan, and the whole `harbourscan scan` process, i.e. scanner/bin.mjs)
 * against sslscan, testssl.sh (-p -s -S) and nmap ssl-enum-ciphers on the same range sites, in one
 * run. The range runs in a child process so its handshake work is not billed to the scanner.
 * Prints wall time, CPU (user+sys) and peak RSS with ratios to sslscan.
 * Run alone: node bench/tls.ts
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createInterface } from 'node:readline'
import { promisify } from 'node:util'
import { median } from './median.ts'

const exec = promisify(execFile)
const ROOT = resolve(import.meta.dirname, '..')
const NODE = join(ROOT, 'node_modules/.bin/node')
const SITES = ['weak', 'clean'] as const
const RUNS = 5

interface Measure {
  wall: number
  cpu: number
  rssMb: number
}

async function startRangeChild(): Promise<{
  child: ChildProcess
  ports: Record<string, number>
  ca: string
}> {
  const dir = mkdtempSync(join(tmpdir(), 'harbourscan-bench-'))
  const script = join(dir, 'range.ts')
  writeFileSync(
    script,
    `import { startTlsRange } from ${JSON.stringify(join(ROOT, 'test/range/tls-sites.ts'))}
const r = await startTlsRange(${JSON.stringify(SITES)})
console.log(JSON.stringify({ ports: Object.fromEntries(${JSON.stringify(SITES)}.map((n) => [n, r.port(n)])), ca: r.range.pki.caFile }))
process.stdin.resume()
process.stdin.on('end', () => r.close().then(() => process.exit(0)))\n`
  )
  const child = spawn(NODE, ['--no-warnings', script], { stdio: ['pipe', 'pipe', 'inherit'] })
  const line = await new Promise<string>((ok, fail) => {
    createInterface({ input: child.stdout! }).once('line', ok)
    child.once('exit', (code) => fail(new Error(`range exited with ${code}`)))
  })
  rmSync(dir, { recursive: true, force: true }) // the child has loaded its script by now
  return { child, ...(JSON.parse(line) as { ports: Record<string, number>; ca: string }) }
}

/** One process under GNU time: wall s, user+sys s, max RSS MB. */
async function timed(cmd: string, args: string[], timeoutMs = 120_000): Promise<Measure> {
  const { stderr } = await exec('/usr/bin/time', ['-f', 'TIME %e %U %S %M', cmd, ...args], {
    timeout: timeoutMs,
    maxBuffer: 64 * 1024 * 1024,
  }).catch((e: { stderr?: string }) => ({ stderr: e.stderr ?? '' }))
  const m = /TIME ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(stderr)
  if (!m) throw new Error(`${cmd}: no timing (${stderr.slice(-300)})`)
  return { wall: Number(m[1]), cpu: Number(m[2]) + Number(m[3]), rssMb: Number(m[4]) / 1024 }
}

async function repeat(n: number, run: () => Promise<Measure>): Promise<Measure> {
  const all: Measure[] = []
  for (let i = 0; i < n; i++) all.push(await run())
  return {
    wall: median(all.map((m) => m.wall)),
    cpu: median(all.map((m) => m.cpu)),
    rssMb: Math.max(...all.map((m) => m.rssMb)),
  }
}

/** Warm in-process scans through collect(), as the server runs them. */
async function warmScanner(port: number, ca: string) {
  const [{ collect }, { loadCollectors }, { scanOptionsFor }, { parseTarget }, { evaluate }] =
    await Promise.all([
      import('../scanner/collect.ts'),
      import('../scanner/collectors/index.ts'),
      import('../scanner/scan.ts'),
      import('../scanner/target.ts'),
      import('../rules/engine.ts'),
    ])
  const target = parseTarget(`https://localhost:${port}/`)
  const options = scanOptionsFor(target, {
    allowPrivate: true,
    anyPort: true,
    caFiles: [ca],
    resolve: new Map([[`localhost:${port}`, '127.0.0.1']]),
  })
  const COLLECTORS = await loadCollectors()
  const tlsOnly = COLLECTORS.filter((c) => c.name.startsWith('Tls'))
  const once = async (collectors: typeof COLLECTORS): Promise<Measure> => {
    const cpu0 = process.cpuUsage()
    const t0 = performance.now()
    evaluate(await collect(target, options, { collectors }))
    const cpu = process.cpuUsage(cpu0)
    return {
      wall: (performance.now() - t0) / 1000,
      cpu: (cpu.user + cpu.system) / 1e6,
      rssMb: process.resourceUsage().maxRSS / 1024,
    }
  }
  await once(COLLECTORS) // warm-up: imports, trust store, JIT
  return { tls: () => once(tlsOnly), full: () => once(COLLECTORS) }
}

/**
 * Runs the contenders interleaved (A B C D, A B C D, …) and keeps medians, so a busy machine
 * slows every tool alike instead of whichever happened to run during a burst.
 */
async function interleaved(runs: number, tools: (() => Promise<Measure>)[]): Promise<Measure[]> {
  const all: Measure[][] = tools.map(() => [])
  for (let i = 0; i < runs; i++) for (const [k, tool] of tools.entries()) all[k]!.push(await tool())
  return all.map((ms) => ({
    wall: median(ms.map((m) => m.wall)),
    cpu: median(ms.map((m) => m.cpu)),
    rssMb: Math.max(...ms.map((m) => m.rssMb)),
  }))
}

const fmt = (name: string, m: Measure, base: Measure) =>
  `${name.padEnd(34)} ${m.wall.toFixed(3).padStart(8)} s ${m.cpu.toFixed(2).padStart(6)} s CPU ${m.rssMb.toFixed(0).padStart(5)} MB  wall ×${(m.wall / base.wall).toFixed(2)}  CPU ×${(m.cpu / Math.max(base.cpu, 0.001)).toFixed(2)}`

export async function benchTls(): Promise<{ name: string; lines: string[] }> {
  const lines: string[] = []
  const { child, ports, ca } = await startRangeChild()
  try {
    for (const site of SITES) {
      const port = ports[site]!
      const warm = await warmScanner(port, ca)
      const cliArgs = [
        // The installed executable (package.json "bin"): it enables the compile cache before
        // loading any TypeScript, which `node scanner/cli.ts` cannot do for cli.ts itself.
        join(ROOT, 'scanner/bin.mjs'),
        'scan',
        `https://localhost:${port}/`,
        '--allow-private',
        '--resolve',
        `localhost:${port}:127.0.0.1`,
        '--ca',
        ca,
        '--format',
        'json',
        '--out',
        '/dev/null',
      ]
      const [sslscan, cli, warmTls, warmFull] = await interleaved(RUNS, [
        () => timed('sslscan', ['--no-colour', '--sni-name=localhost', `127.0.0.1:${port}`]),
        () => timed(NODE, cliArgs),
        warm.tls,
        warm.full,
      ])
      const nmap = await repeat(3, () =>
        timed('nmap', [
          '-Pn',
          '-n',
          '-p',
          String(port),
          '--script',
          'ssl-enum-ciphers',
          '127.0.0.1',
        ])
      )
      const testssl = await timed(
        'testssl',
        [
          '--quiet',
          '--color',
          '0',
          '--warnings',
          'off',
          '--ip',
          '127.0.0.1',
          '--add-ca',
          ca,
          '-p',
          '-s',
          '-S',
          `localhost:${port}`,
        ],
        300_000
      )
      lines.push(
        `site ${site} (port ${port}); medians of ${RUNS} runs (nmap 3, testssl 1); wall, user+sys CPU, peak RSS`,
        fmt('sslscan', sslscan!, sslscan!),
        fmt('HarbourScan warm, TLS collectors', warmTls!, sslscan!),
        fmt('HarbourScan warm, whole scan', warmFull!, sslscan!),
        fmt('HarbourScan whole CLI process', cli!, sslscan!),
        fmt('nmap ssl-enum-ciphers', nmap, sslscan!),
        fmt('testssl -p -s -S', testssl, sslscan!),
        `  goals: warm whole scan ${(warmFull!.wall / sslscan!.wall).toFixed(2)}× sslscan (≤ 0.5), ` +
          `process ${(cli!.wall / sslscan!.wall).toFixed(2)}× sslscan (≤ 1.5), ` +
          `process = 1/${(testssl.wall / cli!.wall).toFixed(0)} of testssl (≥ 40); load ${loadavg()[0]!.toFixed(1)}`,
        ''
      )
    }
  } finally {
    child.stdin?.end()
    child.kill()
  }
  return { name: 'tls', lines }
}

if (import.meta.main) {
  const { name, lines } = await benchTls()
  process.stdout.write(`# ${name}\n${lines.join('\n')}\n`)
}
