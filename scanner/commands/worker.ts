import { UsageError } from '../errors.ts'
import { parseCommandArgs } from './args.ts'
import { MEMORY_HELP, serviceOptions, SERVICE_OPTIONS, SERVICE_HELP } from './service-options.ts'

const HELP = `Usage: harbourscan worker --database postgres://… [options]

Runs scan workers only (no HTTP), claiming jobs from the shared PostgreSQL queue. Start as many as
you like on other machines; a worker that dies has its scans re-delivered after its lease.

Options:
${SERVICE_HELP}
  -h, --help               Show this help

${MEMORY_HELP}
`

export async function run(argv: string[]): Promise<number> {
  const { values } = parseCommandArgs(argv, SERVICE_OPTIONS, 'worker')
  if (values.help) {
    process.stdout.write(HELP)
    return 0
  }
  const options = serviceOptions(values)
  if (options.database === undefined)
    throw new UsageError(
      'harbourscan worker needs --database (postgres://… or the SQLite file of a serve)'
    )
  const { openBackend } = await import('../server/service.ts')
  const { runWorkers } = await import('../queue/worker.ts')
  const { DEFAULT_SETTINGS } = await import('../batch/scan-job.ts')
  const { store, queue } = await openBackend(options)
  const stop = new AbortController()
  process.once('SIGINT', () => stop.abort())
  process.once('SIGTERM', () => stop.abort())
  process.stderr.write(
    `harbourscan worker: ${queue.engine} queue, concurrency ${options.concurrency}\n`
  )
  const leaseMs = options.queue?.leaseMs ?? 30_000
  await runWorkers({
    queue,
    store,
    settings: { ...DEFAULT_SETTINGS, ...options.settings },
    concurrency: options.concurrency ?? 8,
    perIpConcurrency: options.perIpConcurrency ?? 4,
    heartbeatMs: Math.max(200, Math.floor(leaseMs / 3)),
    ...(queue.engine === 'pg-boss' ? { cooldownMs: options.queue?.groupIntervalMs ?? 0 } : {}),
    signal: stop.signal,
  })
  await queue.close()
  await store.close()
  return 0
}
