import { parseArgs, type ParseArgsConfig } from 'node:util'
import { UsageError } from '../errors.ts'

type Options = NonNullable<ParseArgsConfig['options']>

/** parseArgs with mistakes turned into one-line, exit-code-2 UsageErrors pointing at --help. */
export function parseCommandArgs<O extends Options>(argv: string[], options: O, command: string) {
  try {
    return parseArgs({
      args: argv,
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    })
  } catch (error) {
    const first = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)
    // Node adds advice about '--' to an unknown option, which confuses more than it helps here.
    const message = /^Unknown option '[^']*'/.exec(first)?.[0] ?? first
    throw new UsageError(`${message} (see harbourscan ${command} --help)`)
  }
}

export function positiveInt(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined
  const n = Number(value)
  if (!Number.isInteger(n) || n <= 0)
    throw new UsageError(`${flag} expects a positive whole number, got ${JSON.stringify(value)}`)
  return n
}

export function oneOf<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  flag: string
): T | undefined {
  if (value === undefined) return undefined
  if (!(allowed as readonly string[]).includes(value))
    throw new UsageError(
      `${flag} must be one of ${allowed.join(', ')}; got ${JSON.stringify(value)}`
    )
  return value as T
}

/** Colour only on a terminal and never when NO_COLOR is set (https://no-color.org). */
export function useColor(stream: NodeJS.WriteStream): boolean {
  return stream.isTTY === true && (process.env.NO_COLOR ?? '') === '' && process.env.TERM !== 'dumb'
}
