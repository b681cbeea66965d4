/** One range, one server, one browser per test file, plus helpers shared by the UI e2e tests. */
import { expect } from 'vitest'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { startRange } from '../../range/index.ts'
import type { Range, SiteSpec } from '../../range/index.ts'
import { launchChromium, seriousViolations } from './browser.ts'
import { startHarbourScan } from './server.ts'
import type { RunningServer } from './server.ts'

export interface UiFixture {
  range: Range
  server: RunningServer
  browser: Browser
  context: BrowserContext
  page: Page
  close(): Promise<void>
}

export async function startUi(
  sites: SiteSpec[],
  options: { beforeStart?: (dataDir: string) => Promise<void> } = {}
): Promise<UiFixture> {
  const range = await startRange(sites)
  const ports = Object.values(range.sites).flatMap((s) => [s.port, s.httpPort ?? []].flat())
  const server = await startHarbourScan({ caFile: range.pki.caFile, ports, ...options }).catch(
    async (error) => {
      await range.close()
      throw error
    }
  )
  const browser = await launchChromium()
  const context = await browser.newContext({
    baseURL: server.url,
    viewport: { width: 1200, height: 900 },
    locale: 'en-GB',
  })
  const page = await context.newPage()
  return {
    range,
    server,
    browser,
    context,
    page,
    close: async () => {
      await browser.close()
      await server.close()
      await range.close()
    },
  }
}

const FINAL = new Set(['done', 'failed', 'cancelled'])
const SCAN_DEADLINE_MS = 120_000

/** Starts a scan over the API and waits (bounded) until it is finished; returns its id. */
export async function scanViaApi(server: RunningServer, url: string): Promise<string> {
  const created = await fetch(new URL('api/scans', server.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ url }),
    signal: AbortSignal.timeout(10_000),
  })
  expect(created.status).toBe(202)
  const { id } = (await created.json()) as { id: string }
  const deadline = Date.now() + SCAN_DEADLINE_MS
  while (Date.now() < deadline) {
    const res = await fetch(new URL(`api/scans/${id}`, server.url), {
      signal: AbortSignal.timeout(10_000),
    })
    const scan = (await res.json()) as { status: string }
    if (FINAL.has(scan.status)) {
      expect(scan.status).toBe('done')
      return id
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`scan ${id} did not finish in time`)
}

/** Asserts axe-core finds no serious or critical WCAG violation on the current view. */
export async function expectAccessible(page: Page, view: string): Promise<void> {
  const violations = await seriousViolations(page)
  expect(violations, `${view}: ${JSON.stringify(violations, null, 2)}`).toEqual([])
}

/** Opens every <details> (in shadow roots too) so hidden content is rendered and checked. */
export async function openAllDetails(page: Page): Promise<void> {
  await page.locator('details').evaluateAll((all) => {
    for (const el of all) (el as HTMLDetailsElement).open = true
  })
}
