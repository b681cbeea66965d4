import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect } from 'vitest'

const GOLDEN_DIR = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/golden')

/**
 * Compares output with test/fixtures/golden/<name> byte for byte. UPDATE_GOLDEN=1 rewrites the
 * files instead; review the git diff before committing them.
 */
export function expectGolden(name: string, actual: string): void {
  const file = join(GOLDEN_DIR, name)
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, actual)
    return
  }
  if (!existsSync(file)) throw new Error(`No golden file ${name}: run with UPDATE_GOLDEN=1`)
  expect(actual, `golden ${name} differs (UPDATE_GOLDEN=1 to accept)`).toBe(
    readFileSync(file, 'utf8')
  )
}
