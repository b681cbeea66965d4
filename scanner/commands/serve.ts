import { UsageError } from '../errors.ts'
import { parseCommandArgs, positiveInt } from './args.ts'

const HELP = `Usage: harbourscan serve [options]

Runs the HarbourScan web app and API. By default everything is kept in an embedded database
under data/ and the server listens on 127.0.0.1:8080 only.

Options:
  --host HOST        Address to listen on (default 127.0.0.1)
  --port PORT        Port to listen on (default 8080)
  -h, --help         Show this help
`

export async function run(argv: string[]): Promise<number> {
  const { values } = parseCommandArgs(
    argv,
    { host: { type: 'string' }, port: { type: 'string' } },
    'serve'
  )
  if (values.help) {
    process.stdout.write(HELP)
    return 0
  }
  const host = values.host ?? '127.0.0.1'
  const port = positiveInt(values.port, '--port') ?? 8080
  if (port > 65535) throw new UsageError('--port must be at most 65535')
  const { startServer } = await import('../server/start.ts')
  const server = await startServer({ host, port })
  process.stdout.write(`HarbourScan is running at ${server.url}\n`)
  await new Promise<void>((resolve) => {
    const stop = () => void server.close().then(resolve)
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
  })
  return 0
}
