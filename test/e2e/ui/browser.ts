/**
 * Chromium for the UI e2e tests: the Debian package (never `playwright install`), driven by
 * playwright-core. Helpers for accessibility checks and screenshots live here too.
 */
import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { AxeBuilder } from '@axe-core/playwright'
import type { Browser, Page } from 'playwright-core'
import { launchBrowser } from '../../../scanner/browser/launch.ts'

export const SCREENSHOT_DIR = path.resolve('test-results/screenshots')

/** The same Debian Chromium and flags the scanner itself uses. */
export function launchChromium(): Promise<Browser> {
  return launchBrowser()
}

export interface Violation {
  id: string
  impact: string | null | undefined
  help: string
  targets: string[]
}

/** axe-core WCAG 2.x A/AA rules; returns the serious and critical violations only. */
export async function seriousViolations(page: Page): Promise<Violation[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze()
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => JSON.stringify(n.target)),
    }))
}

export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true })
  const file = path.join(SCREENSHOT_DIR, `${name}.png`)
  await page.screenshot({ path: file, fullPage: true })
  return file
}

/** Fails the test on any JavaScript dialog (a payload that ran) or uncaught page error. */
export function guardPage(page: Page): { dialogs: string[]; errors: string[] } {
  const seen = { dialogs: [] as string[], errors: [] as string[] }
  page.on('dialog', (dialog) => {
    seen.dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  page.on('pageerror', (error) => seen.errors.push(error.message))
  return seen
}
