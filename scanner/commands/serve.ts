import { UsageError } from '../errors.ts'
import { parseCommandArgs, positiveInt } from './args.ts'
import { MEMORY_HELP, serviceOptions, SERVICE_OPTIONS, SERVICE_HELP } from './service-options.ts'

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

${MEMORY_HELP}
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
