/**
 * Runs `harbourscan serve` as a user would: a real process on a free loopback port, with a
 * throw-away data directory, private addresses allowed (the range is on 127.0.0.1) and the
 * range's test CA trusted.
 */
import { execFile, spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import net from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

const CLI = path.resolve('scanner/cli.ts')
const START_TIMEOUT_MS = 60_000
const STOP_TIMEOUT_MS = 10_000

/** Runs the CLI once (e.g. `org token create`) and returns its standard output. */
export function runCli(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [CLI, ...args], { timeout: 60_000 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${args.join(' ')} failed: ${stderr}`))
      else resolve(stdout)
    })
  })
}

export interface RunningServer {
  url: string
  dataDir: string
  output(): string
  close(): Promise<void>
}

async function freePort(): Promise<number> {
  const server = net.createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as net.AddressInfo).port
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS)
    child.once('exit', () => {
      clearTimeout(timer)
      resolve()
    })
    child.kill('SIGTERM')
  })
}

export async function startHarbourScan(options: {
  caFile: string
  /** Range sites listen on ephemeral ports; serve allows only 80/443 unless told. */
  ports: readonly number[]
  /** Runs before the server starts, e.g. to create organisations and tokens with the CLI. */
  beforeStart?: (dataDir: string) => Promise<void>
}): Promise<RunningServer> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'harbourscan-e2e-'))
  await options.beforeStart?.(dataDir)
  const port = await freePort()
  const args = [CLI, 'serve', '--host', '127.0.0.1', '--port', String(port), '--allow-private']
  args.push('--data-dir', dataDir, '--ca', options.caFile)
  for (const p of options.ports) args.push('--allow-port', String(p))
  const child = spawn(process.execPath, args, {
    env: { ...process.env, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`serve did not start in time:\n${output}`)),
      START_TIMEOUT_MS
    )
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8')
      const match = /running at (http:\/\/\S+)/.exec(output)
      if (match?.[1]) {
        clearTimeout(timer)
        resolve(match[1].endsWith('/') ? match[1] : `${match[1]}/`)
      }
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`serve exited with ${code}:\n${output}`))
    })
  })
  return {
    url,
    dataDir,
    output: () => output,
    close: async () => {
      await stop(child)
      await rm(dataDir, { recursive: true, force: true })
    },
  }
}
