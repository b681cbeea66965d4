import type { Browser } from 'playwright-core'

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
  const { chromium } = await import('playwright-core')
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true })
}
