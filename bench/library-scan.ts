/**
 * One HarbourScan library-detection process, as the benchmark times it: load the imported data,
 * fetch the page and its scripts over HTTP through the guarded client, detect, print the Scripts
 * artifact. It runs the real collectors (RedirectChain → MainResponse → Scripts) with the same
 * context collect() gives them, without loading the TLS, browser and other collectors it does not
 * need. Usage: node bench/library-scan.ts <url>   (HARBOURSCAN_DATA_DIR points at the data)
 */
import type { Artifacts, ArtifactName } from '../scanner/artifacts.ts'
import { mainResponseCollector } from '../scanner/collectors/main-response.ts'
import { redirectChainCollector } from '../scanner/collectors/redirect-chain.ts'
import { scriptsCollector } from '../scanner/collectors/scripts.ts'
import { Skip, type Collector, type CollectorContext } from '../scanner/collectors/types.ts'
import { makePolicy } from '../scanner/net/address-policy.ts'
import { createHttpClient } from '../scanner/net/http-client.ts'
import { parseTarget } from '../scanner/target.ts'

const url = process.argv[2]
if (!url) throw new Error('usage: node bench/library-scan.ts <url>')
const target = parseTarget(url)
const policy = makePolicy({ allowPrivate: true, allowedPorts: 'any' })
const http = createHttpClient({ policy })
const collectors: Collector[] = [redirectChainCollector, mainResponseCollector, scriptsCollector]
const values = new Map<ArtifactName, Promise<unknown>>()
const ctx: CollectorContext = {
  target,
  options: { policy, caFiles: [], timeoutMs: 60_000, render: false },
  http,
  signal: AbortSignal.timeout(60_000),
  trustStore: () => {
    throw new Error('not needed for library detection')
  },
  get: <K extends ArtifactName>(name: K) => {
    let value = values.get(name)
    if (!value) {
      const collector = collectors.find((c) => c.name === name)!
      value = collector.collect(ctx).then((v) => {
        if (v instanceof Skip) throw new Error(`${name} skipped: ${v.reason}`)
        return v
      })
      values.set(name, value)
    }
    return value as Promise<Artifacts[K]>
  },
}
try {
  const scripts = await ctx.get('Scripts')
  process.stdout.write(`${JSON.stringify({ scripts })}\n`)
} finally {
  await http.close()
}
