import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { UsageError } from '../errors.ts'
import { parseCommandArgs, positiveInt, useColor } from './args.ts'

const HELP = `Usage: harbourscan batch <file.csv|file.txt> [options]

Scans every site in a CSV (a url/website column, or the first column) or a text file (one URL per
line), without a server. Writes one JSON line per input row and a summary (CSV and HTML).

Options:
  --out DIR            Output directory (default harbourscan-batch-<time>)
  --concurrency N      Scans at once (default 8)
  --per-domain N       Scans at once per registrable domain (default 2)
  --per-ip N           Scans at once per resolved IP address (default 4)
  --allow-private      Allow loopback and private addresses (off by default)
  --ca FILE            Also trust the root certificates in FILE (PEM); repeatable
  --timeout MS         Whole-scan deadline per site (default 60000)
  -h, --help           Show this help

Ctrl-C stops the batch: the rows scanned so far are written, the rest are listed as not scanned.

Exit codes: 0 every row scanned, 1 some rows failed or were invalid, 2 usage error,
130 interrupted.
`

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    argv,
    {
      out: { type: 'string' },
      concurrency: { type: 'string' },
      'per-domain': { type: 'string' },
      'per-ip': { type: 'string' },
      'allow-private': { type: 'boolean' },
      ca: { type: 'string', multiple: true },
      timeout: { type: 'string' },
    },
    'batch'
  )
  if (values.help) {
    process.stdout.write(HELP)
    return 0
  }
  const file = positionals[0]
  if (file === undefined || positionals.length > 1)
    throw new UsageError('Give exactly one CSV or text file (see harbourscan batch --help)')
  const { parseInputList } = await import('../batch/parse.ts')
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const why = code === 'ENOENT' ? 'there is no such file' : `it cannot be read (${code ?? error})`
    throw new UsageError(`Cannot read ${file}: ${why}`)
  }
  const rows = parseInputList(text)
  if (rows.length === 0)
    throw new UsageError(
      `${file} holds no website addresses (a url/website column, or one per line)`
    )
  const outDir = path.resolve(
    values.out ?? `harbourscan-batch-${new Date().toISOString().replace(/[:.]/g, '-')}`
  )
  if (existsSync(path.join(outDir, 'results.jsonl')))
    throw new UsageError(
      `${outDir} already holds the results of an earlier batch: choose another --out folder`
    )
  const { runBatch } = await import('../batch/run-batch.ts')
  const { progressBar } = await import('../batch/progress-bar.ts')
  const bar = progressBar(process.stderr, useColor(process.stderr))
  const stop = new AbortController()
  process.once('SIGINT', () => stop.abort())
  const result = await runBatch({
    rows,
    name: path.basename(file),
    outDir,
    settings: {
      allowPrivate: values['allow-private'] ?? false,
      extraPorts: 'any', // the operator's own command, like `scan`
      caFiles: values.ca ?? [],
      timeoutMs: positiveInt(values.timeout, '--timeout') ?? 60_000,
    },
    concurrency: positiveInt(values.concurrency, '--concurrency') ?? 8,
    perDomain: positiveInt(values['per-domain'], '--per-domain') ?? 2,
    perIp: positiveInt(values['per-ip'], '--per-ip') ?? 4,
    onProgress: (done, total, failed) => bar.update(done, total, failed),
    signal: stop.signal,
  })
  bar.finish()
  const unfinished = result.accepted - result.done - result.failed
  process.stdout.write(
    `${result.total} rows: ${result.done} scanned, ${result.failed} failed, ${result.duplicates} duplicate, ${result.invalid} invalid` +
      `${unfinished > 0 ? `, ${unfinished} not scanned (interrupted)` : ''}\n` +
      `Results: ${result.files.results}\nSummary: ${result.files.csv}\n         ${result.files.html}\n`
  )
  if (stop.signal.aborted) return 130
  return result.failed + result.invalid > 0 ? 1 : 0
}
