/** Builds the front end once before the UI e2e run, so the server serves the current code. */
import { build } from 'vite'

export default async function setup(): Promise<void> {
  await build({ configFile: 'vite.config.ts', logLevel: 'warn' })
}
