/**
 * Practice-guide checklist in real Chromium: profile first, answers saved on the server and
 * still there after a reload, an answer the scan contradicts flagged with the finding beside it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PRESETS } from '../../range/sites.ts'
import path from 'node:path'
import { SCREENSHOT_DIR, screenshot } from './browser.ts'
import { expectAccessible, scanViaApi, startUi } from './fixture.ts'
import type { UiFixture } from './fixture.ts'

let ui: UiFixture

beforeAll(async () => {
  ui = await startUi([PRESETS['no-hsts']])
  // A finished scan of a site without HSTS: the checklist links it to WEB-01.
  await scanViaApi(ui.server, ui.range.site('no-hsts').url)
})
afterAll(() => ui?.close())

async function answer(itemId: string, label: string, note?: string): Promise<void> {
  const item = ui.page.locator(`hs-checklist-item article[data-item="${itemId}"]`)
  if (note !== undefined) await item.getByLabel('Note (optional)').fill(note)
  await item.getByLabel(label, { exact: true }).check()
  await expect.poll(() => item.locator('.status').textContent()).toBe('Saved')
}

describe('checklist', () => {
  it('asks the profile questions first and then shows only the items that apply', async () => {
    const { page } = ui
    await page.goto('/#/checklist')
    await page.getByRole('heading', { name: 'About your business' }).waitFor()
    await expectAccessible(page, 'checklist profile')
    await screenshot(page, 'checklist-profile')

    // Saved without the questions that decide which items apply: said, not saved.
    await page.getByRole('button', { name: 'Save and show my checklist' }).click()
    await page.getByRole('alert').filter({ hasText: 'answer the first two questions' }).waitFor()
    expect(await page.getByRole('heading', { name: 'Your security posture' }).count()).toBe(0)

    await page.getByLabel('Cloud servers or a VPS that we (or our IT vendor) manage').check()
    await page.getByLabel('A hosting company; we maintain it').check()
    await page.locator('fieldset[data-question="PQ-3"]').getByLabel('Yes').check()
    await page.getByLabel('SFC-licensed').check()
    await page.getByRole('button', { name: 'Save and show my checklist' }).click()
    await page.getByRole('heading', { name: 'Your security posture' }).waitFor()
    // Cloud only: the server-room items (PHY) do not apply and are not shown.
    expect(await page.locator('article[data-item^="PHY-"]').count()).toBe(0)
    expect(await page.locator('article[data-item="GOV-01"]').count()).toBe(1)
    // Regulated firms get extra guidance on the items it concerns.
    expect(await page.locator('article[data-item="GOV-04"] .note-box').textContent()).toContain(
      'SFC-licensed'
    )
  })

  it('saves answers and notes on the server, still there after a reload', async () => {
    const { page } = ui
    await answer('GOV-01', 'Yes, fully')
    await answer('GOV-02', 'No', 'Drafting rules with our IT vendor')
    await answer('GOV-03', 'Not sure')
    expect(await page.locator('article[data-item="GOV-03"] .needs').textContent()).toBe(
      'Needs checking'
    )
    await page.locator('details[data-domain="WEB"] > summary').click()
    await answer('WEB-01', 'Yes, fully')

    await page.reload()
    await page.getByRole('heading', { name: 'Your security posture' }).waitFor()
    const gov1 = page.locator('article[data-item="GOV-01"]')
    expect(await gov1.getByLabel('Yes, fully', { exact: true }).isChecked()).toBe(true)
    const gov2 = page.locator('article[data-item="GOV-02"]')
    expect(await gov2.getByLabel('No', { exact: true }).isChecked()).toBe(true)
    expect(await gov2.getByLabel('Note (optional)').inputValue()).toBe(
      'Drafting rules with our IT vendor'
    )
    const stored = (await (await page.request.get('/api/checklist')).json()) as {
      answers: Record<string, { answer: string; note?: string }>
    }
    expect(stored.answers['GOV-02']).toMatchObject({ answer: 'no' })
    expect(stored.answers['WEB-01']).toMatchObject({ answer: 'yes' })
  })

  it('flags an answer the scan contradicts, with the finding beside it', async () => {
    const { page } = ui
    await page.locator('details[data-domain="WEB"] > summary').click()
    const web1 = page.locator('article[data-item="WEB-01"]')
    await web1.locator('.flag').waitFor()
    expect(await web1.locator('.flag').textContent()).toContain(
      'The website check disagrees with this answer.'
    )
    expect(await web1.locator('.scan-finding[data-rule="hsts-missing"]').count()).toBe(1)
    await web1.screenshot({ path: path.join(SCREENSHOT_DIR, 'checklist-flagged-item.png') })
    expect(await page.locator('[data-testid=combined-score]').textContent()).toMatch(/\d/)
    expect(await page.locator('[data-testid=maturity]').textContent()).toMatch(/\d/)
    expect(await page.locator('[data-testid=fix-first] li').count()).toBeGreaterThan(0)
    await expectAccessible(page, 'checklist items')
    await screenshot(page, 'checklist-items')

    // Without a linked scan nothing is contradicted; the choice is remembered.
    await page.getByLabel('Compare with the website check of').selectOption('')
    await expect.poll(() => web1.locator('.flag').count()).toBe(0)
    await page.reload()
    await page.getByRole('heading', { name: 'Your security posture' }).waitFor()
    expect(await page.getByLabel('Compare with the website check of').inputValue()).toBe('')
    expect(await page.locator('article[data-item="WEB-01"] .flag').count()).toBe(0)
  })
})
