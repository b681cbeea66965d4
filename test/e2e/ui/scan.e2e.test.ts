/**
 * SME owner and incident responder flows in real Chromium: scan a range site from the form,
 * watch it finish, read the findings, open the evidence, the history and a diff.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SiteSpec } from '../../range/index.ts'
import { PRESETS } from '../../range/sites.ts'
import { screenshot } from './browser.ts'
import { expectAccessible, openAllDetails, scanViaApi, startUi } from './fixture.ts'
import type { UiFixture } from './fixture.ts'

let ui: UiFixture
let scanHash = ''

/** A site that answers its home page slowly, so a scan stays running long enough to watch. */
const slowSite: SiteSpec = {
  name: 'slow',
  tls: { cert: 'valid' },
  handler: (_req, res) => {
    const timer = setTimeout(() => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      res.end('<!doctype html><title>slow</title><h1>slow</h1>')
    }, 2500)
    res.once('close', () => clearTimeout(timer))
  },
}

beforeAll(async () => {
  ui = await startUi([PRESETS['no-hsts'], slowSite])
})
afterAll(() => ui?.close())

describe('SME owner: scan a website', () => {
  it('starts a scan from the form and shows grades and findings in plain language', async () => {
    const { page } = ui
    await page.goto('/')
    await expect.poll(() => page.locator('h1').textContent()).toContain('safe')
    await expectAccessible(page, 'home')
    await screenshot(page, 'sme-home')

    // Keyboard only: the first Tab reaches the skip link, and Enter in the field submits.
    await page.keyboard.press('Tab')
    const focused = await page.evaluate(() => {
      let el = document.activeElement
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement
      return el?.textContent?.trim()
    })
    expect(focused).toBe('Skip to main content')
    await page.getByLabel('Website address').focus()
    await page.keyboard.type(ui.range.site('no-hsts').url)
    await page.keyboard.press('Enter')
    await page.waitForURL(/#\/scan\//)
    scanHash = new URL(page.url()).hash
    await page.getByRole('heading', { name: 'What we found' }).waitFor({ timeout: 120_000 })

    for (const grade of ['overall', 'tls', 'web']) {
      await expect.poll(() => page.locator(`[data-grade=${grade}] .letter`).count()).toBe(1)
    }
    const hsts = page.locator('article[data-rule="hsts-missing"]')
    await hsts.waitFor()
    expect(await hsts.textContent()).toContain('What this means for your business')
    await expectAccessible(page, 'scan result')
    await openAllDetails(page)
    await expectAccessible(page, 'scan result, all details open')
    await screenshot(page, 'sme-scan-result')
  })

  it('shows live progress while a scan runs, then the result when it ends', async () => {
    const { page } = ui
    await page.goto('/')
    await page.getByLabel('Website address').fill(ui.range.site('slow').url)
    await page.getByRole('button', { name: 'Check now' }).click()
    await page.waitForURL(/#\/scan\//)
    const progress = page.locator('#scan-progress')
    await progress.waitFor()
    expect(await page.getByRole('heading', { name: /Checking your website|Waiting/ }).count()).toBe(
      1
    )
    await expectAccessible(page, 'scan progress')
    await screenshot(page, 'sme-scan-progress')
    // The final status arrives over SSE and the view swaps to the result without a reload.
    await page.getByRole('heading', { name: 'What we found' }).waitFor({ timeout: 120_000 })
    expect(await progress.count()).toBe(0)
  })

  it('offers every report format as a working download', async () => {
    const { page } = ui
    const links = page.locator('hs-downloads a')
    expect(await links.count()).toBe(5)
    for (const href of await links.evaluateAll((all) =>
      all.map((a) => (a as HTMLAnchorElement).getAttribute('href') ?? '')
    )) {
      const res = await page.request.get(href)
      expect(res.status(), href).toBe(200)
    }
  })
})

describe('incident responder: evidence, history and diff', () => {
  it('shows the raw headers and the certificate chain as PEM', async () => {
    const { page } = ui
    await page.goto(`/${scanHash}`)
    await page.getByRole('link', { name: 'Raw evidence' }).click()
    await page.getByRole('heading', { name: 'Response headers' }).waitFor()
    expect(await page.locator('[data-testid=headers]').textContent()).toContain('content-type')
    await page.locator('details[data-cert="0"] summary').click()
    expect(await page.locator('details[data-cert="0"] pre').textContent()).toContain(
      '-----BEGIN CERTIFICATE-----'
    )
    const download = page.getByRole('link', { name: /Download all evidence/ })
    expect((await page.request.get((await download.getAttribute('href')) ?? '')).status()).toBe(200)
    await expectAccessible(page, 'evidence')
    await screenshot(page, 'responder-evidence')
  })

  it('lists the scan history of a target and opens a diff of two scans', async () => {
    const { page, server } = ui
    const firstId = decodeURIComponent(scanHash.replace('#/scan/', ''))
    const secondId = await scanViaApi(server, ui.range.site('no-hsts').url)
    await page.goto('/#/history?target=127.0.0.1')
    // Both range sites are on 127.0.0.1: two scans of no-hsts and one of the slow site.
    await expect.poll(() => page.locator('tr[data-scan]').count(), { timeout: 10_000 }).toBe(3)
    await expectAccessible(page, 'history')
    await screenshot(page, 'responder-history')

    await page.getByLabel('Older check').selectOption(firstId)
    await page.getByLabel('Newer check').selectOption(secondId)

    await page.getByRole('button', { name: 'Compare' }).click()
    await page.waitForURL(/#\/diff\?/)
    await page.getByRole('heading', { name: /Still there/ }).waitFor()
    const unchanged = page.locator('[data-list=diff-unchanged] li')
    expect(await unchanged.count()).toBeGreaterThan(0)
    expect(await page.locator('[data-list=diff-unchanged]').textContent()).toContain('HSTS')
    await expectAccessible(page, 'diff')
    await screenshot(page, 'responder-diff')

    // A link with one side missing explains itself instead of loading for ever.
    await page.goto(`/#/diff?from=${encodeURIComponent(firstId)}`)
    await page.getByRole('alert').filter({ hasText: 'Pick two checks' }).waitFor()
  })
})

describe('small screens', () => {
  it('fits a phone screen without sideways scrolling', async () => {
    const { page } = ui
    await page.setViewportSize({ width: 390, height: 844 })
    try {
      for (const view of ['/#/', `/${scanHash}`, '/#/checklist', '/#/batch']) {
        await page.goto(view)
        await page.locator('main h1').waitFor()
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth
        )
        expect(overflow, view).toBeLessThanOrEqual(0)
      }
      await page.goto(`/${scanHash}`)
      await page.getByRole('heading', { name: 'What we found' }).waitFor()
      await screenshot(page, 'sme-scan-result-phone')
    } finally {
      await page.setViewportSize({ width: 1200, height: 900 })
    }
  })
})

describe('language', () => {
  it('switches the whole interface to Traditional Chinese and remembers it', async () => {
    const { page } = ui
    await page.goto(`/${scanHash}`)
    await page.getByRole('button', { name: '繁體中文' }).click()
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-Hant-HK')
    await page.getByRole('heading', { name: '檢查發現' }).waitFor()
    expect(await page.locator('nav').textContent()).toContain('保安清單')

    await page.reload()
    await page.getByRole('heading', { name: '檢查發現' }).waitFor()
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-Hant-HK')
    expect(await page.getByRole('button', { name: '繁體中文' }).getAttribute('aria-pressed')).toBe(
      'true'
    )
    await expectAccessible(page, 'scan result in zh-HK')
    await screenshot(page, 'sme-scan-result-zh-HK')

    // A refusal from the server reads in Chinese too, not in the server's English.
    await page.goto('/#/')
    await page.getByLabel('網站地址').fill('https://example.com:8080/') // a port we do not scan
    await page.keyboard.press('Enter')
    const refusal = page.locator('hs-home-view #url-error')
    await expect.poll(() => refusal.textContent(), { timeout: 10_000 }).toMatch(/[\u4e00-\u9fff]/)
    expect(await refusal.textContent()).toContain('連接埠')
    expect(await refusal.textContent()).not.toContain('not allowed') // the server's English
    await page.goto(`/${scanHash}`)

    await page.getByRole('button', { name: 'English' }).click()
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    await page.getByRole('heading', { name: 'What we found' }).waitFor()
  })
})
