/**
 * A site whose headers and page are full of script payloads: every view that shows its data
 * must render them as inert text. A payload that ran would open a dialog or add an element.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { SCRIPT_TAG, payloadSite } from '../../range/payload-site.ts'
import { guardPage, screenshot } from './browser.ts'
import { openAllDetails, scanViaApi, startUi } from './fixture.ts'
import type { UiFixture } from './fixture.ts'

let ui: UiFixture
let seen: { dialogs: string[]; errors: string[] }

beforeAll(async () => {
  ui = await startUi([payloadSite()])
  seen = guardPage(ui.page)
})
afterAll(() => ui?.close())

async function expectInert(page: Page, view: string): Promise<void> {
  await openAllDetails(page)
  // Locators pierce open shadow roots, so this covers every component.
  expect(await page.locator('img').count(), view).toBe(0)
  expect(await page.locator('[data-pwned], [onerror], [onload]').count(), view).toBe(0)
  expect(await page.locator('script').count(), view).toBe(1)
  const hrefs = await page
    .locator('a[href]')
    .evaluateAll((all) => all.map((a) => (a as HTMLAnchorElement).href))
  for (const href of hrefs) expect(href, view).toMatch(/^https?:/)
  expect(seen.dialogs, view).toEqual([])
  expect(seen.errors, view).toEqual([])
}

describe('hostile scanned content', () => {
  it('renders payloads from headers, title, cookies and script URLs as text', async () => {
    const { page, server } = ui
    const url = ui.range.site('payload').url
    const first = await scanViaApi(server, url)
    const second = await scanViaApi(server, url)

    await page.goto(`/#/scan/${first}`)
    await page.getByRole('heading', { name: 'What we found' }).waitFor({ timeout: 30_000 })
    // The Server header payload is shown as text in the finding.
    const disclosed = page.locator('article[data-rule="server-version-disclosed"]')
    expect(await disclosed.textContent()).toContain(SCRIPT_TAG)
    // Evidence on demand: hidden until asked for, then the hostile cookie names shown as text.
    const cookies = page.locator('article[data-rule="cookie-secure-missing"]')
    expect(await cookies.locator('details.evidence table').isVisible()).toBe(false)
    await cookies.locator('details.evidence > summary').click()
    expect(await cookies.locator('details.evidence table').textContent()).toContain('alert(1)')
    await expectInert(page, 'scan result')
    await screenshot(page, 'payload-scan-result')

    await page.goto(`/#/evidence/${first}`)
    await page.getByRole('heading', { name: 'Response headers' }).waitFor()
    // The Server header is shown, as text, exactly as the site sent it.
    expect(await page.locator('[data-testid=headers]').textContent()).toContain(SCRIPT_TAG)
    await expectInert(page, 'evidence')
    await screenshot(page, 'payload-evidence')

    await page.goto('/#/history?target=127.0.0.1')
    await page.locator('tr[data-scan]').first().waitFor()
    await expectInert(page, 'history')

    await page.goto(`/#/diff?from=${first}&to=${second}`)
    await page.getByRole('heading', { name: /Still there/ }).waitFor()
    await expectInert(page, 'diff')
  })
})
