import { UsageError } from '../errors.ts'
import { parseCommandArgs } from './args.ts'

const HELP = `Usage: harbourscan org <command> [options]

Manages organisations and their API tokens (tokens are shown once, stored hashed).

Commands:
  create <name>                  Create an organisation (lower-case letters, digits, dashes)
  token create <org> [--name N]  Create a token for an organisation and print it once
  token revoke <token-id|token>  Revoke a token
  list                           List organisations and their tokens (never the tokens themselves)

Options:
  --database URL                 postgres://… or a SQLite file (default data/harbourscan.sqlite)
  --data-dir DIR                 Where the embedded database lives (default data/)
  --name NAME                    A label for the token
  -h, --help                     Show this help
`

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    argv,
    { database: { type: 'string' }, 'data-dir': { type: 'string' }, name: { type: 'string' } },
    'org'
  )
  if (values.help || positionals.length === 0) {
    process.stdout.write(HELP)
    return values.help ? 0 : 2
  }
  const { openStore } = await import('../store/index.ts')
  const store = await openStore({
    ...(values.database !== undefined ? { database: values.database } : {}),
    ...(values['data-dir'] !== undefined ? { dataDir: values['data-dir'] } : {}),
  })
  try {
    const [command, sub, arg] = positionals
    if (command === 'create' && sub !== undefined) {
      const org = await store.createOrg(sub)
      process.stdout.write(`Created organisation ${org.name} (${org.id})\n`)
    } else if (command === 'token' && sub === 'create' && arg !== undefined) {
      const { token, info } = await store.createToken(arg, values.name ?? 'default')
      process.stdout.write(`${token}\n`)
      process.stderr.write(`Token ${info.id} for ${arg}. Store it now: it is not shown again.\n`)
    } else if (command === 'token' && sub === 'revoke' && arg !== undefined) {
      if (!(await store.revokeToken(arg))) throw new UsageError('No such active token')
      process.stdout.write('Revoked\n')
    } else if (command === 'list') {
      for (const org of await store.listOrgs()) {
        process.stdout.write(`${org.name}\t${org.id}\n`)
        for (const t of org.tokens)
          process.stdout.write(
            `  ${t.id}\t${t.name}\t${t.hint}\t${t.revokedAt ? 'revoked' : 'active'}\n`
          )
      }
    } else
      throw new UsageError(
        `Unknown org command: ${positionals.join(' ')} (see harbourscan org --help)`
      )
    return 0
  } finally {
    await store.close()
  }
}
