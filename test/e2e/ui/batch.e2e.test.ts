/** Trade association flow in real Chromium: upload a CSV, watch the batch, read the dashboard. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PRESETS } from '../../range/sites.ts'
import { screenshot } from './browser.ts'
import { expectAccessible, startUi } from './fixture.ts'
import type { UiFixture } from './fixture.ts'

let ui: UiFixture

beforeAll(async () => {
  ui = await startUi([PRESETS.clean, PRESETS['no-hsts'], PRESETS.expired])
})
afterAll(() => ui?.close())

describe('member sites batch', () => {
  it('uploads a CSV, reports bad rows and shows the dashboard when done', async () => {
    const { page, range } = ui
    const csv = [
      'name,url',
      `Clean Ltd,${range.site('clean').url}`,
      `No HSTS Ltd,${range.site('no-hsts').url}`,
      `Expired Ltd,${range.site('expired').url}`,
      'Broken,not a url at all',
      `Again Ltd,${range.site('clean').url}`,
    ].join('\n')
    await page.goto('/#/batch')
    await page.getByRole('heading', { name: 'Upload a list' }).waitFor()
    await expectAccessible(page, 'batch upload')
    await page.getByLabel('Name for this list (optional)').fill('Harbour Traders Association')
    await page.getByLabel('CSV file').setInputFiles({
      name: 'members.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv, 'utf8'),
    })
    await page.getByRole('button', { name: 'Upload and start' }).click()
    await page.getByRole('heading', { name: /rows accepted/ }).waitFor()
    expect(await page.getByText('1 rows could not be used').count()).toBe(1)
    await screenshot(page, 'batch-uploaded')

    await page.getByRole('link', { name: 'Watch the progress' }).click()
    await page.waitForURL(/#\/batch\/.+/)
    const worst = page.locator('[data-testid=worst-sites] tbody tr')
    await worst.first().waitFor({ timeout: 150_000 })
    expect(await worst.count()).toBe(3)
    // The chart has a table alternative with the same numbers.
    const chartTable = page.locator('hs-grade-chart table')
    expect(await chartTable.locator('caption').textContent()).toContain('per overall grade')
    const counts = await chartTable
      .locator('tbody td')
      .evaluateAll((cells) => cells.map((c) => Number(c.textContent)))
    expect(counts.reduce((a, b) => a + b, 0)).toBe(3)
    expect(await page.locator('hs-grade-chart svg rect').count()).toBeGreaterThan(0)
    expect(await page.getByRole('heading', { name: 'Most common problems' }).count()).toBe(1)
    const exportLinks = page.locator('hs-batch-dashboard .exports a')
    expect(await exportLinks.count()).toBe(4)
    const csvHref = (await exportLinks.first().getAttribute('href')) ?? ''
    expect((await page.request.get(csvHref)).status()).toBe(200)
    await expectAccessible(page, 'batch dashboard')
    await screenshot(page, 'batch-dashboard')

    // Each member site links to its full result.
    await worst.first().getByRole('link', { name: 'Results' }).click()
    await page.waitForURL(/#\/scan\//)
    await page.getByRole('heading', { name: 'What we found' }).waitFor()
  })
})
