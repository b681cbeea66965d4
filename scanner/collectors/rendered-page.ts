import type { RenderedPageFacts } from '../artifacts.ts'
import { PAGE_PROBE_PROVIDERS, PROBE_VALUE, probeScript } from '../browser/page-probes.ts'
import { Skip, type Collector } from './types.ts'

const MAX_REQUESTS_KEPT = 500
const NAVIGATION_TIMEOUT_MS = 30_000
const PROBE_TIMEOUT_MS = 3_000

/**
 * Loads the final page in real Chromium (only with --render). All browser traffic leaves through
 * the guarded proxy; service workers, downloads, WebSockets and non-http(s) schemes are refused.
 */
export const renderedPageCollector: Collector<'RenderedPage'> = {
  name: 'RenderedPage',
  timeoutMs: 60_000,
  async collect(ctx) {
    if (!ctx.options.render)
      return new Skip('Rendering is off (use --render to load the page in a browser)')
    // Loaded only when rendering: the proxy's ES import of node:http alone loads Node's bundled
    // undici (~20 ms), which every `--only software` scan paid for a collector it skips.
    const [{ startGuardedProxy }, { launchBrowser }] = await Promise.all([
      import('../browser/guarded-proxy.ts'),
      import('../browser/launch.ts'),
    ])
    const main = await ctx.get('MainResponse')
    const probes = (await Promise.all(PAGE_PROBE_PROVIDERS.map((provide) => provide(ctx)))).flat()
    const proxy = await startGuardedProxy(ctx.options.policy)
    const browser = await launchBrowser()
    const started = performance.now()
    try {
      const context = await browser.newContext({
        proxy: { server: proxy.url },
        serviceWorkers: 'block',
        acceptDownloads: false,
        ignoreHTTPSErrors: true, // certificates are judged by the TLS collectors, not here
        javaScriptEnabled: true,
      })
      await context.route('**/*', (route) => {
        const { protocol } = new URL(route.request().url())
        return protocol === 'http:' || protocol === 'https:' ? route.continue() : route.abort()
      })
      await context.routeWebSocket(/.*/, (ws) => ws.close())
      const page = await context.newPage()
      const requests: RenderedPageFacts['requests'] = []
      page.on('requestfinished', (request) => {
        if (requests.length >= MAX_REQUESTS_KEPT) return
        void request.response().then((response) => {
          requests.push({
            url: request.url().slice(0, 2000),
            resourceType: request.resourceType(),
            ...(response ? { status: response.status() } : {}),
          })
        })
      })
      await page.goto(main.url, { waitUntil: 'load', timeout: NAVIGATION_TIMEOUT_MS })
      const raw =
        probes.length === 0
          ? {}
          : await withTimeout(
              page.evaluate(probeScript(probes)) as Promise<Record<string, unknown>>,
              PROBE_TIMEOUT_MS
            )
      return {
        finalUrl: page.url().slice(0, 2000),
        title: (await page.title()).slice(0, 500),
        requests,
        blocked: proxy.log
          .filter((entry) => !entry.allowed)
          .map((entry) => ({ target: entry.target, reason: entry.reason ?? 'blocked' })),
        probes: Object.fromEntries(
          probes.map((p) => [
            p.id,
            typeof raw[p.id] === 'string' && PROBE_VALUE.test(raw[p.id] as string)
              ? (raw[p.id] as string)
              : null,
          ])
        ),
        durationMs: Math.round(performance.now() - started),
      }
    } finally {
      await browser.close().catch(() => undefined)
      await proxy.close()
    }
  },
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`page probes took longer than ${ms} ms`)), ms)
  })
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer))
}
