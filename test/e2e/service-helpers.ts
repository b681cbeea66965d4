import type { Json } from '../server/harness.ts'
import { spawn, type ChildProcess } from 'node:child_process'
import net from 'node:net'
import type { SiteSpec } from '../range/index.ts'

const NODE = new URL('../../node_modules/.bin/node', import.meta.url).pathname
const CLI = new URL('../../scanner/cli.ts', import.meta.url).pathname

/** Range sites that answer every path with a small page: many scan targets on few ports. */
export function catchAllSites(count: number, o: { tls?: boolean } = {}): SiteSpec[] {
  return Array.from({ length: count }, (_, i) => ({
    name: `member-${i}`,
    ...(o.tls === false ? {} : { tls: {} }),
    headers: { 'strict-transport-security': 'max-age=63072000' },
    handler: (req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      res.end(`<!doctype html><title>Member ${i}</title><p>${(req.url ?? '').slice(0, 50)}</p>`)
    },
  }))
}

export async function freePort(): Promise<number> {
  const server = net.createServer()
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const port = (server.address() as net.AddressInfo).port
  await new Promise((r) => server.close(r))
  return port
}

/** `harbourscan serve` as a child process; resolves once it prints its URL. */
export async function spawnServe(
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
  cli: string = CLI
): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(NODE, [cli, 'serve', ...args], { stdio: ['ignore', 'pipe', 'pipe'], env })
  let stderr = ''
  child.stderr!.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)))
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not start: ${stderr}`)), 30_000)
    child.stdout!.on('data', (d: Buffer) => {
      const m = /running at (\S+)/.exec(d.toString())
      if (m) {
        clearTimeout(timer)
        resolve(m[1]!.replace(/\/$/, ''))
      }
    })
    child.once('exit', (code) => reject(new Error(`serve exited ${code}: ${stderr}`)))
  })
  return { child, url }
}

/** GET JSON; retries a dropped connection (a server busy scanning may close idle keep-alives). */
export async function getJson<T = Json>(url: string, attempts = 5): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(30_000) })
      if (!res.ok) throw new Error(`${url}: ${res.status}`)
      return (await res.json()) as T
    } catch (error) {
      if (i >= attempts || (error as Error).message.includes(': ')) throw error
      await new Promise((r) => setTimeout(r, 200))
    }
  }
}
