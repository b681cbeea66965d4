import path from 'node:path'
import type { ServiceConfig } from '../server/service.ts'
import { UsageError } from '../errors.ts'
import { positiveInt } from './args.ts'

/** Options shared by serve and worker: operator-only scan policy and queue settings. */
export const SERVICE_OPTIONS = {
  database: { type: 'string' },
  'data-dir': { type: 'string' },
  'allow-private': { type: 'boolean' },
  'allow-port': { type: 'string', multiple: true },
  ca: { type: 'string', multiple: true },
  timeout: { type: 'string' },
  concurrency: { type: 'string' },
  'per-domain': { type: 'string' },
  'per-ip': { type: 'string' },
  cooldown: { type: 'string' },
  lease: { type: 'string' },
} as const

/** The V8 settings `serve` and `worker` recommend (one text for both --help pages). */
export const MEMORY_HELP = `Memory: recommended NODE_OPTIONS="--max-semi-space-size=8 --max-old-space-size=1024". Scans
allocate fast and briefly, and little outlives a scan (~30 MB live per process), but by default V8
lets its young generation grow to tens of MB and its old generation to several times the live
data before collecting. These settings keep both small: in the service benchmark serve and one
worker peaked at about 280 MB together. A 2 MB young generation saves another ~20 MB but about
doubles the API's p99 latency (8 → 17 ms at 500 req/s). The 1 GB cap is above the worst case of
eight concurrent scans of hostile sites (bodies are size-capped: a scan holds at most about 60 MB
of page and script text at once).`

export const SERVICE_HELP = `  --database URL           postgres://… to keep everything in PostgreSQL (queue: pg-boss)
  --data-dir DIR           Where the embedded database lives (default data/)
  --allow-private          Allow scanning loopback and private addresses (operator only)
  --allow-port N           Also allow port N besides 80/443; repeatable
  --ca FILE                Also trust the root certificates in FILE; repeatable
  --timeout MS             Whole-scan deadline (default 60000)
  --concurrency N          Scans at once in this process (default 8)
  --per-domain N           Scans at once per registrable domain (default 2)
  --per-ip N               Scans at once per resolved IP address (default 4)
  --cooldown MS            Minimum time between two scans of one domain (default 0)
  --lease MS               Queue lease; workers heartbeat at a third of it (default 30000)`

type Values = {
  database?: string | undefined
  'data-dir'?: string | undefined
  'allow-private'?: boolean | undefined
  'allow-port'?: string[] | undefined
  ca?: string[] | undefined
  timeout?: string | undefined
  concurrency?: string | undefined
  'per-domain'?: string | undefined
  'per-ip'?: string | undefined
  cooldown?: string | undefined
  lease?: string | undefined
}

export function serviceOptions(values: Values): Omit<ServiceConfig, 'host' | 'port'> {
  const ports = (values['allow-port'] ?? []).map((p) => {
    const n = positiveInt(p, '--allow-port')!
    if (n > 65535) throw new UsageError('--allow-port must be at most 65535')
    return n
  })
  const cooldown = values.cooldown === undefined ? undefined : Number(values.cooldown)
  if (cooldown !== undefined && !(cooldown >= 0))
    throw new UsageError('--cooldown expects milliseconds')
  const lease = positiveInt(values.lease, '--lease')
  const perDomain = positiveInt(values['per-domain'], '--per-domain')
  return {
    ...(values.database !== undefined ? { database: values.database } : {}),
    ...(values['data-dir'] !== undefined ? { dataDir: path.resolve(values['data-dir']) } : {}),
    settings: {
      allowPrivate: values['allow-private'] ?? false,
      extraPorts: ports,
      caFiles: values.ca ?? [],
      timeoutMs: positiveInt(values.timeout, '--timeout') ?? 60_000,
    },
    queue: {
      ...(lease !== undefined ? { leaseMs: lease } : {}),
      ...(perDomain !== undefined ? { groupConcurrency: perDomain } : {}),
      ...(cooldown !== undefined ? { groupIntervalMs: cooldown } : {}),
    },
    concurrency: positiveInt(values.concurrency, '--concurrency') ?? 8,
    perIpConcurrency: positiveInt(values['per-ip'], '--per-ip') ?? 4,
  }
}
