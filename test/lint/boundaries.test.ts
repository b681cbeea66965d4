/**
 * The architecture's one hard line — rules/ and reports/ are pure — is a lint rule, so it is
 * checked here against the real ESLint config with code that crosses it.
 */
import { ESLint } from 'eslint'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = join(import.meta.dirname, '../..')
const eslint = new ESLint({ cwd: ROOT })

async function boundaryErrors(code: string, file: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, file) })
  return (result?.messages ?? [])
    .filter((m) => m.ruleId?.endsWith('no-restricted-imports'))
    .map((m) => m.message)
}

describe('import boundaries', () => {
  it.each([
    ["import { readFileSync } from 'node:fs'", 'rules/tls/x.ts'],
    ["import net from 'net'", 'rules/lib/x.ts'],
    ["import { request } from 'undici'", 'reports/x.ts'],
    ["import { chromium } from 'playwright-core'", 'reports/html/x.ts'],
    ["import pg from 'pg'", 'rules/x.ts'],
    ["import { DatabaseSync } from 'node:sqlite'", 'reports/x.ts'],
    ["import { collect } from '../scanner/collect.ts'", 'rules/x.ts'],
    ["import { parseTarget } from '../scanner/artifacts.ts'", 'rules/x.ts'],
  ])('refuses %s in %s', async (code, file) => {
    expect(await boundaryErrors(`${code}\nexport const x = 1\n`, file)).not.toEqual([])
  })

  it.each([
    ["import type { Target } from '../scanner/artifacts.ts'", 'rules/x.ts'],
    ["import { createHash } from 'node:crypto'", 'rules/lib/x.ts'],
    ["import { readFileSync } from 'node:fs'", 'scanner/x.ts'],
  ])('allows %s in %s', async (code, file) => {
    expect(await boundaryErrors(`${code}\nexport const x = 1\n`, file)).toEqual([])
  })
})

describe('runtime', () => {
  it('runs on Node 24 or later, as the project pins', () => {
    expect(Number(process.versions.node.split('.')[0])).toBeGreaterThanOrEqual(24)
  })
})
