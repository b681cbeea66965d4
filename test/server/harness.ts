import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {
  startService,
  type RunningService,
  type ServiceConfig,
} from '../../scanner/server/service.ts'

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- API JSON in tests is checked by expect(), not by types
export type Json = any

export interface TestService extends RunningService {
  api(pathname: string, init?: RequestInit & { token?: string }): Promise<Response>
  json<T = Json>(pathname: string, init?: RequestInit & { token?: string }): Promise<T>
  post(pathname: string, body: unknown, token?: string): Promise<Response>
}

/** A real server on 127.0.0.1 with an ephemeral port and its own data directory. */
export async function startTestService(config: Partial<ServiceConfig> = {}): Promise<TestService> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'hs-service-'))
  const service = await startService({
    host: '127.0.0.1',
    port: 0,
    dataDir: dir,
    ssePollMs: 200,
    queue: { leaseMs: 5_000, groupConcurrency: 16 },
    concurrency: 8,
    perIpConcurrency: 16,
    ...config,
  })
  const base = service.url.replace(/\/$/, '')
  const api = (pathname: string, init: RequestInit & { token?: string } = {}) => {
    const { token, ...rest } = init
    const headers = new Headers(rest.headers)
    if (token) headers.set('authorization', `Bearer ${token}`)
    return fetch(`${base}${pathname}`, { ...rest, headers, signal: AbortSignal.timeout(30_000) })
  }
  return {
    ...service,
    api,
    async json(pathname, init) {
      const res = await api(pathname, init)
      if (!res.ok) throw new Error(`${pathname}: ${res.status} ${await res.text()}`)
      return res.json()
    },
    post: (pathname, body, token) =>
      api(pathname, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
        ...(token ? { token } : {}),
      }),
    async close() {
      await service.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

export interface SseEvent {
  event: string
  data: Json
}

/** Reads an SSE stream until it ends (bounded by timeoutMs). */
export async function readSse(
  service: TestService,
  pathname: string,
  o: { token?: string; timeoutMs?: number } = {}
): Promise<SseEvent[]> {
  const res = await fetch(`${service.url.replace(/\/$/, '')}${pathname}`, {
    headers: o.token ? { authorization: `Bearer ${o.token}` } : {},
    signal: AbortSignal.timeout(o.timeoutMs ?? 30_000),
  })
  if (!res.ok) throw new Error(`${pathname}: ${res.status}`)
  const text = await res.text()
  return text
    .split(/\n\n/)
    .map((block) => {
      const event = /^event: (.*)$/m.exec(block)?.[1]
      const data = /^data: (.*)$/m.exec(block)?.[1]
      return event && data !== undefined ? { event, data: JSON.parse(data) } : undefined
    })
    .filter((e): e is SseEvent => e !== undefined)
}

export async function waitFor<T>(
  check: () => Promise<T | undefined | false>,
  timeoutMs = 30_000
): Promise<T> {
  const until = Date.now() + timeoutMs
  for (;;) {
    const v = await check()
    if (v !== undefined && v !== false) return v
    if (Date.now() > until) throw new Error(`not reached within ${timeoutMs} ms`)
    await new Promise((r) => setTimeout(r, 100))
  }
}
