import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'
import { run } from '../../scanner/commands/report.ts'
import { UsageError } from '../../scanner/errors.ts'
import { cleanResult } from '../fixtures/results/clean.ts'
import { PAYLOAD } from '../fixtures/results/payloads.ts'
import { weakLater } from '../fixtures/results/weak-later.ts'
import { weakResult } from '../fixtures/results/weak.ts'
import { batchRows } from './batch-rows.ts'

const dir = mkdtempSync(join(tmpdir(), 'harbourscan-report-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function file(name: string, content: unknown): string {
  const path = join(dir, name)
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2))
  return path
}

async function report(args: string[], out = join(dir, `out-${Math.random()}`)): Promise<string> {
  expect(await run([...args, '--out', out])).toBe(0)
  return readFileSync(out, 'utf8')
}

describe('harbourscan report', () => {
  const weak = file('weak.json', weakResult)
  const later = file('later.json', weakLater())

  it('renders html by default, escaping the payloads', async () => {
    const html = await report([weak])
    expect(html).toContain('Content-Security-Policy')
    expect(html).not.toMatch(/<script/i)
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
  })

  it('renders json, csv and sarif', async () => {
    expect(JSON.parse(await report([weak, '--format', 'json']))).toEqual(weakResult)
    expect((await report([weak, '--format', 'csv'])).split('\r\n')[0]).toContain('rule_id')
    expect(JSON.parse(await report([weak, '--format', 'sarif'])).version).toBe('2.1.0')
  })

  it('compares with --against', async () => {
    const diff = JSON.parse(await report([later, '--format', 'json', '--against', weak]))
    expect(diff.findings.new).toHaveLength(1)
    expect(await report([later, '--against', weak])).toContain('New problems (1)')
  })

  it('adds a checklist summary', async () => {
    const checklist = file('checklist.json', {
      score: 71,
      level: 2,
      items: [{ id: 'GOV-03', title: PAYLOAD.script }],
    })
    const html = await report([weak, '--checklist', checklist])
    expect(html).toContain('Security practice checklist')
    expect(html).toContain('(Managed)')
    expect(html).not.toMatch(/<script/i)
  })

  it('summarises a batch from a JSON array or JSON Lines', async () => {
    const array = file('batch.json', batchRows())
    expect(await report([array])).toContain('Website security overview')
    const lines = file(
      'batch.jsonl',
      batchRows()
        .map((r) => JSON.stringify(r))
        .join('\n') + '\n'
    )
    expect((await report([lines, '--format', 'csv'])).trimEnd().split('\r\n')).toHaveLength(6)
    const summary = JSON.parse(await report([array, '--format', 'json']))
    expect(summary.total).toBe(5)
  })

  it('lists an invalid result in a batch as not scanned', async () => {
    const rows = [
      { input: 'x.test', result: { ...cleanResult, schemaVersion: 9 } },
      { input: 'ok.test', result: cleanResult },
    ]
    const csv = await report([file('mixed.json', rows), '--format', 'csv'])
    expect(csv).toContain('E_INVALID_RESULT')
  })

  it('prints a PDF with real Chromium', async () => {
    const out = join(dir, 'weak.pdf')
    expect(await run([weak, '--format', 'pdf', '--out', out])).toBe(0)
    expect(readFileSync(out).subarray(0, 5).toString('latin1')).toBe('%PDF-')
  })

  it('refuses bad input with a usage error (exit code 2)', async () => {
    await expect(run([file('bad.json', '{"schemaVersion":1}')])).rejects.toThrow(
      /not a HarbourScan result/
    )
    await expect(run([file('broken.json', '{nope')])).rejects.toThrow(UsageError)
    await expect(run([weak, '--format', 'docx'])).rejects.toThrow(/--format must be one of/)
    await expect(run([])).rejects.toThrow(UsageError)
    await expect(run([file('b2.json', batchRows()), '--against', weak])).rejects.toThrow(
      /not batches/
    )
    await expect(run([join(dir, 'missing.json')])).rejects.toThrow(/Cannot read/)
  })

  it('runs as a real process through the harbourscan entry point', async () => {
    const bin = join(import.meta.dirname, '../../scanner/bin.mjs')
    const exec = promisify(execFile)
    const { stdout } = await exec(process.execPath, [bin, 'report', weak, '--format', 'sarif'], {
      timeout: 30_000,
    })
    expect(JSON.parse(stdout).runs[0].results).toHaveLength(6)
    const failed = await exec(process.execPath, [bin, 'report', join(dir, 'nope.json')]).catch(
      (error: { code: number; stderr: string }) => error
    )
    expect(failed).toMatchObject({ code: 2 })
    expect((failed as { stderr: string }).stderr).toContain('Cannot read')
  })
})
