/**
 * `harbourscan` entry point. Commands load lazily so `scan` starts without the server, the
 * database or the browser in memory.
 */
import { enableCompileCache } from 'node:module'
import { HarbourScanError } from './errors.ts'

// Caches compiled (and type-stripped) modules on disk: halves start-up CPU for `scan`, whose
// cost is mostly loading code (measured in bench/tls.ts).
enableCompileCache()

interface Command {
  summary: string
  load: () => Promise<{ run(argv: string[]): Promise<number> }>
}

const COMMANDS: Record<string, Command> = {
  scan: {
    summary: 'Scan one website and print a report',
    load: () => import('./commands/scan.ts'),
  },
  report: {
    summary: 'Turn a saved result or batch into HTML, PDF, CSV, SARIF or JSON (or a diff)',
    load: () => import('./commands/report.ts'),
  },
  serve: {
    summary: 'Run the web app and API (embedded database by default)',
    load: () => import('./commands/serve.ts'),
  },
  batch: {
    summary: 'Scan a list of sites from a CSV or text file (no server needed)',
    load: () => import('./commands/batch.ts'),
  },
  worker: {
    summary: 'Run extra scan workers against a shared PostgreSQL queue',
    load: () => import('./commands/worker.ts'),
  },
  org: {
    summary: 'Manage organisations and API tokens',
    load: () => import('./commands/org.ts'),
  },
  db: {
    summary: 'Show or update the vulnerability and end-of-life data',
    load: () => import('./commands/db.ts'),
  },
}

export function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length))
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`)
  return `Usage: harbourscan <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nRun "harbourscan <command> --help" for a command's options.\n`
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage())
    return name === undefined ? 2 : 0
  }
  if (name === '--version' || name === '-v') {
    process.stdout.write(`${(await import('./version.ts')).SCANNER_VERSION}\n`)
    return 0
  }
  const command = COMMANDS[name]
  if (!command) {
    process.stderr.write(`harbourscan: unknown command "${name}"\n${usage()}`)
    return 2
  }
  return (await command.load()).run(rest)
}

/** File-system failures on paths the user gave (--out, --ca, input files): theirs to fix. */
const FILE_ERRORS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'not permitted',
  EISDIR: 'it is a folder',
  ENOTDIR: 'part of the path is not a folder',
  EROFS: 'read-only file system',
  ENOSPC: 'the disk is full',
  EEXIST: 'it already exists',
}

function fileProblem(error: unknown): string | undefined {
  const e = error as NodeJS.ErrnoException
  const why = typeof e?.code === 'string' ? FILE_ERRORS[e.code] : undefined
  return why && e.path ? `Cannot use ${e.path}: ${why} (${e.code})` : undefined
}

// node:sqlite warns on every start that it is experimental; HarbourScan pins the Node version it
// was tested on, so the warning tells the user nothing. Other warnings still print.
process.removeAllListeners('warning').on('warning', (warning) => {
  if (warning.name === 'ExperimentalWarning' && /SQLite/.test(warning.message)) return
  process.stderr.write(`(node) ${warning.name}: ${warning.message}\n`)
})

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    // Usage, target and file errors are the user's to fix: one clear line, exit 2. Anything
    // else is a bug: the stack, and exit 70 (EX_SOFTWARE).
    const file = fileProblem(error)
    const message =
      error instanceof HarbourScanError
        ? `${error.message} (${error.code})`
        : (file ?? String(error instanceof Error ? error.stack : error))
    process.stderr.write(`harbourscan: ${message}\n`)
    const theirs = (error instanceof HarbourScanError && error.code !== 'E_INTERNAL') || file
    process.exitCode = theirs ? 2 : 70
  }
)
