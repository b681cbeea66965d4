import { readFileSync } from 'node:fs'

/** The package version, read once (kept out of hot paths). */
export const SCANNER_VERSION: string = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string
  }
).version
