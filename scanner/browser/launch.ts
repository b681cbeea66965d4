import { existsSync } from 'node:fs'
import type { Browser } from 'playwright-core'
import { HarbourScanError } from '../errors.ts'

/** Flags that keep Debian's Chromium quiet and offline apart from what the page asks for. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--force-webrtc-ip-handling-policy=disable_non_proxied_udp',
]

export function chromiumPath(): string {
  return process.env.HARBOURSCAN_CHROMIUM ?? '/usr/bin/chromium'
}

/** Launches the system Chromium (never a downloaded one). Playwright loads only when needed. */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = chromiumPath()
  if (!existsSync(executablePath))
    throw new HarbourScanError(
      'E_BROWSER_MISSING',
      `Chromium is not installed at ${executablePath}: install the Debian package "chromium", or set HARBOURSCAN_CHROMIUM to its path`
    )
  const { chromium } = await import('playwright-core')
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true })
}
