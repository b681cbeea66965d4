/**
 * A server with API tokens: the interface refuses to show data without a token, and with the
 * organisation's token it scans, follows progress (SSE over fetch with the header) and downloads.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PRESETS } from '../../range/sites.ts'
import { screenshot } from './browser.ts'
import { expectAccessible, startUi } from './fixture.ts'
import type { UiFixture } from './fixture.ts'
import { runCli } from './server.ts'

let ui: UiFixture
let token = ''

beforeAll(async () => {
  ui = await startUi([PRESETS['no-hsts']], {
    beforeStart: async (dataDir) => {
      await runCli(['org', 'create', 'harbour-traders', '--data-dir', dataDir])
      const out = await runCli(['org', 'token', 'create', 'harbour-traders', '--data-dir', dataDir])
      token = /hs_\S+/.exec(out)?.[0] ?? ''
    },
  })
  expect(token).toMatch(/^hs_/)
})
afterAll(() => ui?.close())

describe('organisation token', () => {
  it('explains that a token is needed, then works once it is entered', async () => {
    const { page } = ui
    await page.goto('/#/history')
    await page.getByText('This server needs an access token.').waitFor()

    await page.getByRole('link', { name: 'Access token' }).click()
    await page.getByLabel('Access token (starts with hs_)').fill('not-a-token')
    await page.getByRole('button', { name: 'Use this token' }).click()
    await page.getByText('That does not look like a HarbourScan token').waitFor()
    await page.getByLabel('Access token (starts with hs_)').fill(token)
    await page.getByRole('button', { name: 'Use this token' }).click()
    await page.getByText('Token saved for this browser tab.').waitFor()
    await expectAccessible(page, 'token')
    await screenshot(page, 'token')

    await page.goto('/#/')
    await page.getByLabel('Website address').fill(ui.range.site('no-hsts').url)
    await page.getByRole('button', { name: 'Check now' }).click()
    await page.getByRole('heading', { name: 'What we found' }).waitFor({ timeout: 120_000 })
    expect(await page.locator('article[data-rule="hsts-missing"]').count()).toBe(1)

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download JSON' }).click(),
    ])
    const saved = await download.path()
    expect(saved).toBeTruthy()
    expect(download.suggestedFilename()).toMatch(/\.json$/)
  })
})
