import { UsageError } from '../errors.ts'
import { parseCommandArgs, positiveInt } from './args.ts'
import { serviceOptions, SERVICE_OPTIONS, SERVICE_HELP } from './service-options.ts'

const HELP = `Usage: harbourscan serve [options]

Runs the HarbourScan web app and API with scan workers in the same process. By default everything
is kept in an embedded database under data/ and the server listens on 127.0.0.1:8080 only.
Listening on any other address needs at least one API token (see harbourscan org).

Options:
  --host HOST              Address to listen on (default 127.0.0.1)
  --port PORT              Port to listen on (default 8080)
${SERVICE_HELP}
  --rate-limit N           API requests per minute per token or local client (default 600)
  --api-only               Run no scan workers here (use harbourscan worker)
  -h, --help               Show this help

Memory: recommended NODE_OPTIONS="--max-semi-space-size=2 --max-old-space-size=1024". Scans
allocate fast and briefly, and little outlives a scan (~30 MB live per process), but by default V8
lets its young generation grow to tens of MB and its old generation to several times the live
data before collecting. These settings keep both small: in the service benchmark about 110 MB less
peak RSS per process (70 MB young, 40 MB old), for about 5% more CPU per scan. The 1 GB cap is
above the worst case of eight concurrent scans of hostile sites (bodies are size-capped: a scan
holds at most about 60 MB of page and script text at once).
`

export async function run(argv: string[]): Promise<number> {
  const { values } = parseCommandArgs(
    argv,
    {
      host: { type: 'string' },
      port: { type: 'string' },
      'rate-limit': { type: 'string' },
      'api-only': { type: 'boolean' },
      ...SERVICE_OPTIONS,
    },
    'serve'
  )
  if (values.help) {
    process.stdout.write(HELP)
    return 0
  }
  const host = values.host ?? '127.0.0.1'
  const port = positiveInt(values.port, '--port') ?? 8080
  if (port > 65535) throw new UsageError('--port must be at most 65535')
  const { startService } = await import('../server/service.ts')
  const service = await startService({
    host,
    port,
    ...serviceOptions(values),
    rateLimitPerMinute: positiveInt(values['rate-limit'], '--rate-limit') ?? 600,
    ...(values['api-only'] ? { concurrency: 0 } : {}),
  })
  process.stdout.write(`HarbourScan is running at ${service.url}\n`)
  await new Promise<void>((resolve) => {
    const stop = () => void service.close().then(resolve)
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
  })
  return 0
}
