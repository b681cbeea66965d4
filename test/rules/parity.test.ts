/**
 * ESLint-style parity: every rule file has its doc (with the fixed headings, in order), its test and
 * its registry entry, and nothing is registered that has no file.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { RULES } from '../../rules/registry.ts'

const ROOT = join(import.meta.dirname, '../..')
const CATEGORIES = ['tls', 'headers', 'cookies', 'transport', 'content', 'software', 'disclosure']
const HEADINGS = ['## Why it matters', '## What we check', '## How to fix', '## References']

export function ruleFiles(): { category: string; id: string }[] {
  return CATEGORIES.flatMap((category) =>
    readdirSync(join(ROOT, 'rules', category))
      .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
      .map((file) => ({ category, id: file.slice(0, -3) }))
  )
}

export function docProblems(markdown: string, id: string): string[] {
  const problems: string[] = []
  if (!markdown.startsWith(`# ${id}\n`)) problems.push(`title must be "# ${id}"`)
  const found = markdown.split('\n').filter((line) => line.startsWith('## '))
  if (found.join('|') !== HEADINGS.join('|')) {
    problems.push(`headings must be ${HEADINGS.join(', ')}; found ${found.join(', ')}`)
  }
  return problems
}

describe('rule parity', () => {
  const files = ruleFiles()

  it('finds the rule files', () => {
    expect(files.length).toBeGreaterThanOrEqual(4)
  })

  for (const { category, id } of files) {
    describe(id, () => {
      it('is registered under its file name and category', () => {
        const rule = RULES.find((r) => r.meta.id === id)
        expect(rule, `${id} missing from rules/${category}/index.ts`).toBeDefined()
        expect(rule?.meta.category).toBe(category)
      })
      it('has a doc with the fixed headings', () => {
        const doc = join(ROOT, 'rules', category, `${id}.md`)
        expect(existsSync(doc), `rules/${category}/${id}.md is missing`).toBe(true)
        expect(docProblems(readFileSync(doc, 'utf8'), id)).toEqual([])
      })
      it('has a test', () => {
        expect(existsSync(join(ROOT, 'test', 'rules', category, `${id}.test.ts`))).toBe(true)
      })
    })
  }

  it('registers nothing without a file, and no id twice', () => {
    const ids = RULES.map((r) => r.meta.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids.sort()).toEqual(files.map((f) => f.id).sort())
  })

  it('catches a doc with a missing heading', () => {
    expect(docProblems('# x\n\n## Why it matters\n\n## How to fix\n', 'x')).not.toEqual([])
  })
})
